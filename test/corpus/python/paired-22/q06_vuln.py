# corpus: path=app/imports/views.py
import yaml
from fastapi import APIRouter, File, UploadFile

router = APIRouter()


@router.post("/imports/pipeline")
async def import_pipeline(upload: UploadFile = File(...)):
    raw = await upload.read()
    spec = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
    steps = spec.get("steps", [])
    return {"name": spec.get("name"), "steps": len(steps)}
