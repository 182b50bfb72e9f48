import logging
import os

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

log = logging.getLogger(__name__)
router = APIRouter(prefix="/reports")
REPORT_DIR = os.environ.get("REPORT_DIR", "/var/lib/reports")


def report_path(team: str, name: str) -> str:
    return os.path.join(REPORT_DIR, os.path.basename(team), os.path.basename(name))


@router.get("/{team}/{name}")
def download(team: str, name: str):
    path = report_path(team, name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    log.info("report %s sent", os.path.basename(path))
    return FileResponse(path, media_type="application/pdf")
