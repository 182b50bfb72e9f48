# corpus: path=app/api/files.py
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

router = APIRouter()
BASE = Path("/srv/shared")


@router.get("/shared/{name:path}")
async def shared(name: str):
    return FileResponse(BASE / name)  # expect: path-traversal
