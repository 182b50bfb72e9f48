import yaml
from fastapi import APIRouter, UploadFile

router = APIRouter()


@router.post("/pipelines/import")
async def import_pipeline(file: UploadFile):
    spec = yaml.safe_load(await file.read())
    return {"name": spec.get("name"), "steps": len(spec.get("steps", []))}
