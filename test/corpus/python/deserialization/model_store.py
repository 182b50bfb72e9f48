# corpus: path=ranking/model_store.py
"""Persistence for trained ranking models."""
import logging
import pickle as pkl
from pathlib import Path

import joblib
import requests

log = logging.getLogger(__name__)
MODEL_DIR = Path("/srv/models")


def save_model(model, name: str) -> Path:
    path = MODEL_DIR / f"{name}.joblib"
    joblib.dump(model, path)
    log.info("saved model %s", path)
    return path


def load_model(name: str):
    return joblib.load(MODEL_DIR / f"{name}.joblib")


def load_remote_model(url: str):
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    model = pkl.loads(resp.content)  # expect: unsafe-deserialization
    log.info("loaded remote model from %s", url)
    return model


def export_weights(model, path: Path) -> None:
    with path.open("wb") as fh:
        pkl.dump(model.get_weights(), fh)  # ok: unsafe-deserialization
