import logging
import os

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.routers import oauth, tasks

log = logging.getLogger(__name__)
app = FastAPI(title="Tasks")
app.include_router(tasks.router)
app.include_router(oauth.router)

METRICS_URL = os.environ.get("METRICS_URL", "https://metrics.example.com/ingest")


if __name__ == "__main__":
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000)
