import logging
import os

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

log = logging.getLogger(__name__)
router = APIRouter(prefix="/reports")
REPORT_DIR = os.path.realpath(os.environ.get("REPORT_DIR", "/var/lib/reports"))


def report_path(team: str, name: str) -> str:
    path = os.path.realpath(os.path.join(REPORT_DIR, team, name))  # ok: path-traversal
    if os.path.commonpath([path, REPORT_DIR]) != REPORT_DIR:
        raise HTTPException(400, "bad report name")
    return path


@router.get("/{team}/{name}")
def download(team: str, name: str):
    path = report_path(team, name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    log.info("report %s sent", path)  # ok: path-traversal
    return FileResponse(path, media_type="application/pdf")
