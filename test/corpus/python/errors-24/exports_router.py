# corpus: path=app/routers/exports.py
import logging
import traceback

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel

from ..storage import StorageError, bucket

router = APIRouter(prefix="/exports")
logger = logging.getLogger("exports")


class ExportRequest(BaseModel):
    dataset: str
    fmt: str = "csv"


@router.post("/")
async def create_export(req: ExportRequest):
    try:
        key = await bucket.export(req.dataset, req.fmt)
    except StorageError as err:
        raise HTTPException(status_code=502, detail=f"storage unavailable ({err.code})")  # ok: error-exposure
    except Exception:
        raise HTTPException(status_code=500, detail=traceback.format_exc())  # expect: error-exposure
    return {"key": key}


@router.get("/{key}")
async def read_export(key: str):
    try:
        body = await bucket.read(key)
    except KeyError:
        raise HTTPException(status_code=404, detail="no such export")  # ok: error-exposure
    except Exception:
        logger.error("read %s failed\n%s", key, traceback.format_exc())  # ok: error-exposure
        return JSONResponse({"error": "could not read export"}, status_code=500)  # ok: error-exposure
    return PlainTextResponse(body)


@router.delete("/{key}")
async def delete_export(key: str):
    try:
        await bucket.delete(key)
    except ValueError as err:
        raise HTTPException(status_code=400, detail=str(err))  # ok: error-exposure
    except Exception as err:
        return JSONResponse({"error": str(err)}, status_code=500)  # expect: error-exposure
    return {"deleted": key}


@router.get("/{key}/preview")
async def preview(key: str):
    try:
        rows = await bucket.head(key, lines=20)
    except Exception as err:
        logger.warning("preview of %s failed: %s", key, err)
        return {"rows": [], "error": "preview unavailable"}  # ok: error-exposure
    return {"rows": rows}
