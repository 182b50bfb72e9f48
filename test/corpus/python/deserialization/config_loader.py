# corpus: path=deployer/config_loader.py
"""Loads pipeline definitions that users upload with their project."""
import marshal
import shelve
from pathlib import Path

import dill
import jsonpickle
import yaml
from fastapi import APIRouter, File, UploadFile

router = APIRouter()
DEFAULTS = Path(__file__).with_name("defaults.yml")


def load_defaults() -> dict:
    with DEFAULTS.open() as fh:
        return yaml.safe_load(fh)  # ok: unsafe-deserialization


@router.post("/pipelines/validate")
async def validate_pipeline(file: UploadFile = File(...)):
    text = (await file.read()).decode()
    spec = yaml.load(text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"stages": list(spec.get("stages", []))}


@router.post("/pipelines/validate-strict")
async def validate_pipeline_strict(file: UploadFile = File(...)):
    text = (await file.read()).decode()
    spec = yaml.load(text, Loader=yaml.SafeLoader)  # ok: unsafe-deserialization
    return {"stages": list(spec.get("stages", []))}


@router.post("/pipelines/import-state")
async def import_state(file: UploadFile = File(...)):
    payload = (await file.read()).decode()
    state = jsonpickle.decode(payload)  # expect: unsafe-deserialization
    return {"type": type(state).__name__}


@router.post("/pipelines/import-steps")
async def import_steps(file: UploadFile = File(...)):
    steps = dill.loads(await file.read())  # expect: unsafe-deserialization
    return {"count": len(steps)}


@router.post("/pipelines/import-bytecode")
async def import_bytecode(file: UploadFile = File(...)):
    code = marshal.loads(await file.read())  # expect: unsafe-deserialization
    return {"name": code.co_name}


def open_run_history(project: str):
    return shelve.open(f"/var/lib/deployer/history/{project}")  # expect: unsafe-deserialization
