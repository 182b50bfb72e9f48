# corpus: path=jobs/api.py
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/jobs/restore")
async def restore_job(request: Request):
    """Unpickle the job state the client sends back."""
    body = await request.body()
    state = pickle.loads(body)  # expect: unsafe-deserialization
    return {"job": state.get("id"), "step": state.get("step")}
