# corpus: path=api/routers/attachments.py
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/attachments")
STORAGE = Path("/data/attachments").resolve()


@router.get("/{ticket_id}/{filename}")
def get_attachment(ticket_id: int, filename: str):
    path = STORAGE / str(ticket_id) / filename
    if not path.exists():
        raise HTTPException(status_code=404)
    return FileResponse(path)  # expect: path-traversal


@router.get("/v2/{ticket_id}/{filename}")
def get_attachment_v2(ticket_id: int, filename: str):
    path = (STORAGE / str(ticket_id) / filename).resolve()
    if not path.is_relative_to(STORAGE) or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)  # ok: path-traversal


@router.delete("/{ticket_id}/{filename}")
def delete_attachment(ticket_id: int, filename: str):
    target = STORAGE.joinpath(str(ticket_id), filename)
    target.unlink(missing_ok=True)  # expect: path-traversal
    return {"deleted": filename}


@router.get("/{ticket_id}")
def list_attachments(ticket_id: int):
    folder = STORAGE / str(ticket_id)
    return sorted(p.name for p in folder.glob("*") if p.is_file())
