# corpus: path=app/api/files.py
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter()
BASE = Path("/srv/shared").resolve()


@router.get("/shared/{name:path}")
async def shared(name: str):
    target = (BASE / name).resolve()
    try:
        target.relative_to(BASE)
    except ValueError:
        raise HTTPException(status_code=404)
    return FileResponse(target)  # ok: path-traversal
