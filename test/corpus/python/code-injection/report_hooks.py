# corpus: path=analytics/hooks.py
import importlib
import json
import logging

from fastapi import APIRouter, Body, HTTPException

log = logging.getLogger(__name__)
router = APIRouter()

ALLOWED_EXPORTERS = {
    "csv": "analytics.exporters.csv_exporter",
    "parquet": "analytics.exporters.parquet_exporter",
}


@router.post("/hooks/transform")
async def run_transform(body: dict = Body(...)):
    code = body.get("transform", "")
    scope = {"rows": body.get("rows", [])}
    exec(code, scope)  # expect: code-injection
    return {"rows": scope.get("result", [])}


@router.post("/hooks/export/{fmt}")
async def export(fmt: str, body: dict = Body(...)):
    module_name = ALLOWED_EXPORTERS.get(fmt)
    if module_name is None:
        raise HTTPException(status_code=404, detail="unknown format")
    exporter = importlib.import_module(module_name)  # ok: code-injection
    return {"location": exporter.export(body["rows"])}


@router.post("/hooks/plugin")
async def load_plugin(body: dict = Body(...)):
    plugin = importlib.import_module(body["module"])  # expect: code-injection
    return {"loaded": plugin.__name__}


@router.post("/hooks/filter")
async def apply_filter(body: dict = Body(...)):
    expression = body["where"]
    predicate = compile(expression, "<filter>", "eval")
    rows = [r for r in body.get("rows", []) if eval(predicate, {}, dict(r))]  # expect: code-injection
    return {"rows": rows}


@router.post("/hooks/settings")
async def settings(body: dict = Body(...)):
    parsed = json.loads(body["settings"])  # ok: code-injection
    log.info("settings updated: %s", sorted(parsed))
    return {"ok": True}
