# corpus: path=serving/service.py
import io
import logging
import os
import tempfile
from pathlib import Path

import bentoml
import joblib
import numpy as np
import requests
import torch
from pydantic import BaseModel

log = logging.getLogger("serving")

MODEL_STORE = Path(os.environ.get("MODEL_STORE", "/models"))
REGISTRY = "https://registry.internal.example.com/artifacts"


class ScoreRequest(BaseModel):
    features: list[float]
    callback_url: str | None = None


@bentoml.service(resources={"cpu": "2"}, traffic={"timeout": 30})
class Scorer:
    def __init__(self) -> None:
        self.model = joblib.load(MODEL_STORE / "scorer.joblib")
        self.http = requests.Session()

    @bentoml.api
    def score(self, req: ScoreRequest) -> dict:
        pred = float(self.model.predict(np.array([req.features]))[0])
        if req.callback_url:
            self.http.post(req.callback_url, json={"score": pred}, timeout=5)  # expect: ssrf
        return {"score": pred}

    @bentoml.api
    def swap_model(self, model_file: Path) -> dict:
        self.model = joblib.load(model_file)  # expect: unsafe-deserialization
        return {"loaded": model_file.name}

    @bentoml.api
    def swap_model_from_registry(self, version: str) -> dict:
        if not version.isdigit():
            raise ValueError("version must be numeric")
        resp = self.http.get(f"{REGISTRY}/scorer/{version}/scorer.joblib", timeout=30)  # ok: ssrf
        resp.raise_for_status()
        local = MODEL_STORE / f"scorer-{version}.joblib"
        local.write_bytes(resp.content)
        self.model = joblib.load(local)  # ok: unsafe-deserialization
        return {"loaded": version}


@bentoml.service(resources={"gpu": 1})
class Embedder:
    def __init__(self) -> None:
        self.net = torch.jit.load(str(MODEL_STORE / "embedder.pt"), map_location="cpu")
        self.net.eval()

    @bentoml.api
    def load_adapter(self, adapter: Path) -> dict:
        state = torch.load(adapter, map_location="cpu")  # expect: unsafe-deserialization
        self.net.load_state_dict(state, strict=False)
        return {"ok": True}

    @bentoml.api
    def load_adapter_weights(self, adapter: Path) -> dict:
        state = torch.load(adapter, map_location="cpu", weights_only=True)  # ok: unsafe-deserialization
        self.net.load_state_dict(state, strict=False)
        return {"ok": True}

    @bentoml.api
    def embed(self, texts: list[str]) -> list[list[float]]:
        with torch.no_grad():
            return self.net(texts).tolist()
