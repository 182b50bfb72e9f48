# corpus: path=mlops/registry/api.py
import io
import logging
import os
import tempfile
import uuid

import httpx
import joblib
import numpy as np
import torch
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, HttpUrl
from safetensors.torch import load_file
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from .auth import require_user
from .storage import ArtifactStore

log = logging.getLogger(__name__)
router = APIRouter(prefix="/models", dependencies=[Depends(require_user)])
store = ArtifactStore(os.environ.get("ARTIFACT_BUCKET", "ml-artifacts"))

CURATED_MODELS = {
    "sentiment-small": "distilbert-base-uncased-finetuned-sst-2-english",
    "toxicity": "unitary/toxic-bert",
}


class ImportRequest(BaseModel):
    name: str
    url: HttpUrl


class HubRequest(BaseModel):
    repo_id: str
    revision: str = "main"


def _spool(upload: UploadFile) -> str:
    fd, path = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        while chunk := upload.file.read(1 << 20):
            fh.write(chunk)
    return path


@router.post("/checkpoints")
async def upload_checkpoint(file: UploadFile = File(...)):
    path = _spool(file)
    try:
        state = torch.load(path, map_location="cpu")  # expect: unsafe-deserialization
    finally:
        os.unlink(path)
    key = store.put_state_dict(state)
    return {"id": key, "tensors": len(state)}


@router.post("/checkpoints/v2")
async def upload_checkpoint_v2(file: UploadFile = File(...)):
    path = _spool(file)
    try:
        if file.filename.endswith(".safetensors"):
            state = load_file(path, device="cpu")
        else:
            state = torch.load(path, map_location="cpu", weights_only=True)  # ok: unsafe-deserialization
    finally:
        os.unlink(path)
    key = store.put_state_dict(state)
    return {"id": key, "tensors": len(state)}


@router.post("/sklearn/import")
async def import_sklearn(req: ImportRequest):
    async with httpx.AsyncClient(timeout=60, follow_redirects=True) as client:
        resp = await client.get(str(req.url))  # expect: ssrf
    resp.raise_for_status()
    model = joblib.load(io.BytesIO(resp.content))  # expect: unsafe-deserialization
    key = store.put_object(f"sklearn/{uuid.uuid4()}", resp.content)
    log.info("imported %s as %s (%s)", type(model).__name__, key, req.name)
    return {"id": key}


@router.post("/embeddings")
async def upload_embeddings(file: UploadFile = File(...)):
    raw = await file.read()
    vectors = np.load(io.BytesIO(raw), allow_pickle=True)  # expect: unsafe-deserialization
    if vectors.ndim != 2:
        raise HTTPException(422, "expected a 2-d array")
    return {"rows": int(vectors.shape[0]), "dim": int(vectors.shape[1])}


@router.post("/embeddings/v2")
async def upload_embeddings_v2(file: UploadFile = File(...)):
    raw = await file.read()
    vectors = np.load(io.BytesIO(raw), allow_pickle=False)  # ok: unsafe-deserialization
    if vectors.ndim != 2:
        raise HTTPException(422, "expected a 2-d array")
    return {"rows": int(vectors.shape[0]), "dim": int(vectors.shape[1])}


@router.post("/hub/classifier")
async def load_from_hub(req: HubRequest):
    hub_token = os.environ.get("HF_TOKEN")
    log.debug("pulling %s@%s from the hub (token=%s)", req.repo_id, req.revision, hub_token)  # expect: sensitive-logging
    model = AutoModelForSequenceClassification.from_pretrained(  # expect: code-injection
        req.repo_id,
        revision=req.revision,
        token=hub_token,
        trust_remote_code=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(req.repo_id, revision=req.revision)
    key = store.put_pretrained(model, tokenizer)
    return {"id": key, "labels": model.config.id2label}


@router.post("/curated/{name}")
async def load_curated(name: str):
    repo_id = CURATED_MODELS.get(name)
    if repo_id is None:
        raise HTTPException(404, "unknown model")
    model = AutoModelForSequenceClassification.from_pretrained(repo_id)  # ok: code-injection
    tokenizer = AutoTokenizer.from_pretrained(repo_id)
    key = store.put_pretrained(model, tokenizer)
    return {"id": key, "labels": model.config.id2label}
