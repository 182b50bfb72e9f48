# corpus: path=ml/api.py
import io
import marshal

import joblib
import numpy as np
import torch
from fastapi import APIRouter, File, UploadFile

router = APIRouter(prefix="/models")


@router.post("/upload")
def upload_model(file: UploadFile = File(...)):
    model = joblib.load(file.file)  # expect: unsafe-deserialization
    return {"type": type(model).__name__}


@router.post("/weights")
def upload_weights(file: UploadFile = File(...)):
    state = torch.load(io.BytesIO(file.file.read()))  # expect: unsafe-deserialization
    return {"tensors": len(state)}


@router.post("/weights/safe")
def upload_weights_safe(file: UploadFile = File(...)):
    state = torch.load(io.BytesIO(file.file.read()), weights_only=True)  # ok: unsafe-deserialization
    return {"tensors": len(state)}


@router.post("/arrays")
def upload_array(file: UploadFile = File(...)):
    arr = np.load(file.file, allow_pickle=True)  # expect: unsafe-deserialization
    return {"shape": list(arr.shape)}


@router.post("/arrays/plain")
def upload_array_plain(file: UploadFile = File(...)):
    arr = np.load(file.file, allow_pickle=False)  # ok: unsafe-deserialization
    return {"shape": list(arr.shape)}


@router.post("/bytecode")
def upload_bytecode(file: UploadFile = File(...)):
    code = marshal.loads(file.file.read())  # expect: unsafe-deserialization
    return {"name": code.co_name}
