import io
import marshal

import joblib
import numpy as np
import torch
from fastapi import APIRouter, File, UploadFile

router = APIRouter(prefix="/models")


@router.post("/weights")
def upload_weights(file: UploadFile = File(...)):
    state = torch.load(io.BytesIO(file.file.read()), map_location="cpu", weights_only=True)
    return {"tensors": len(state)}
