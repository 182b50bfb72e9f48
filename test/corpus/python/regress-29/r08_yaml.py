import yaml
from fastapi import APIRouter, UploadFile

router = APIRouter()


class PipelineLoader(yaml.SafeLoader):
    """SafeLoader plus the !env tag our pipeline files use."""


PipelineLoader.add_constructor("!env", lambda loader, node: f"${{{loader.construct_scalar(node)}}}")


@router.post("/pipelines/import")
async def import_pipeline(file: UploadFile):
    spec = yaml.load(await file.read(), Loader=PipelineLoader)  # ok: unsafe-deserialization
    return {"name": spec.get("name"), "steps": len(spec.get("steps", []))}
