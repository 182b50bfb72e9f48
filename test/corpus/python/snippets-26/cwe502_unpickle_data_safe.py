# corpus: path=jobs/api.py
import json

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/jobs/restore")
async def restore_job(request: Request):
    """Load the job state the client sends back."""
    body = await request.body()
    state = json.loads(body)  # ok: unsafe-deserialization
    return {"job": state.get("id"), "step": state.get("step")}
