"""Persistence for trained ranking models."""
import logging
from pathlib import Path

import joblib

log = logging.getLogger(__name__)
MODEL_DIR = Path("/srv/models")


def save_model(model, name: str) -> Path:
    path = MODEL_DIR / f"{name}.joblib"
    joblib.dump(model, path)
    log.info("saved model %s", path)
    return path


def load_model(name: str):
    return joblib.load(MODEL_DIR / f"{name}.joblib")
