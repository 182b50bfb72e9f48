# corpus: path=notes/api.py
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, PlainTextResponse

router = APIRouter()
NOTES = Path("/var/lib/notes")


@router.get("/notes/{user}/{name}", response_class=PlainTextResponse)
def read_note(user: str, name: str):
    note = NOTES / user / name
    if not note.exists():
        raise HTTPException(404)
    return note.read_text(encoding="utf-8")  # expect: path-traversal


@router.put("/notes/{user}/{name}")
def write_note(user: str, name: str, body: str):
    with open(f"{NOTES}/{user}/{name}", "w", encoding="utf-8") as fh:  # expect: path-traversal
        fh.write(body)
    return {"ok": True}


@router.get("/notes/{user}/{name}/download")
def download(user: str, name: str):
    if "/" in name or name.startswith(".") or "/" in user or user.startswith("."):
        raise HTTPException(400, "bad name")
    return FileResponse(NOTES / user / name)  # ok: path-traversal


@router.get("/help/{topic}")
def help_page(topic: str):
    pages = {"start": "start.md", "sync": "sync.md", "export": "export.md"}
    if topic not in pages:
        raise HTTPException(404)
    return FileResponse(Path("docs") / pages[topic])  # ok: path-traversal
