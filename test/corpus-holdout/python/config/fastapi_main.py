# corpus: path=app/main.py
import logging
import os

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.routers import oauth, tasks

log = logging.getLogger(__name__)
app = FastAPI(title="Tasks", debug=True)  # expect: debug-mode
app.include_router(tasks.router)
app.include_router(oauth.router)

METRICS_URL = os.environ.get("METRICS_URL", "https://metrics.example.com/ingest")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"error": "internal error"}, status_code=500)  # ok: debug-mode


async def push_metrics(payload: dict) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post(METRICS_URL, json=payload)  # ok: cleartext-http


async def push_audit(payload: dict) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post("http://audit.internal.example.com/events", json=payload, headers={"X-Api-Key": os.environ["AUDIT_KEY"]})  # expect: cleartext-http


if __name__ == "__main__":
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)  # expect: debug-mode
