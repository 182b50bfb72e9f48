# corpus: path=serve/deployments.py
import io
import logging
import os
import pickle
import subprocess

import requests
import torch
from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse

log = logging.getLogger("ray.serve")

CHECKPOINTS = os.environ.get("CHECKPOINT_DIR", "/mnt/checkpoints")
ALLOWED_CHECKPOINTS = {"resnet50-v3", "resnet50-v4", "vit-b16-v1"}


@serve.deployment(num_replicas=2, ray_actor_options={"num_gpus": 0.5})
class Classifier:
    def __init__(self):
        self.model = torch.jit.load(os.path.join(CHECKPOINTS, "resnet50-v4.pt"))
        self.model.eval()

    async def __call__(self, request: Request):
        body = await request.json()
        if "image_url" in body:
            img = requests.get(body["image_url"], timeout=10).content  # expect: ssrf
        else:
            img = bytes.fromhex(body["image_hex"])
        tensor = torch.frombuffer(bytearray(img), dtype=torch.uint8)
        return JSONResponse({"label": int(self.model(tensor.float().unsqueeze(0)).argmax())})


@serve.deployment
class CheckpointLoader:
    def __init__(self):
        self.current = None

    async def __call__(self, request: Request):
        name = request.query_params.get("name", "")
        if name not in ALLOWED_CHECKPOINTS:
            return PlainTextResponse("unknown checkpoint", status_code=404)
        self.current = torch.load(os.path.join(CHECKPOINTS, f"{name}.pt"), weights_only=True)  # ok: unsafe-deserialization
        return PlainTextResponse(f"loaded {name}")


@serve.deployment
class FeatureCache:
    async def __call__(self, request: Request):
        blob = await request.body()
        features = pickle.loads(blob)  # expect: unsafe-deserialization
        return JSONResponse({"n": len(features)})


@serve.deployment
class Profiler:
    async def __call__(self, request: Request):
        target = request.query_params.get("target", "classifier")
        out = subprocess.run(f"py-spy dump --pid $(pgrep -f {target})", shell=True, capture_output=True, text=True)  # expect: command-injection
        return PlainTextResponse(out.stdout)


@serve.deployment
class Health:
    def __call__(self, request: Request):
        out = subprocess.run(["nvidia-smi", "--query-gpu=utilization.gpu", "--format=csv"], capture_output=True, text=True)  # ok: command-injection
        return PlainTextResponse(out.stdout)


app = Classifier.bind()
