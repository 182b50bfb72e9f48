# corpus: path=opendata/app.py
from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Open data")

# anonymous read-only data: any site may fetch it, no cookies are involved
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])  # ok: permissive-cors


@app.get("/datasets")
def datasets():
    return [{"id": "air-quality", "updated": "2024-05-01"}]


@app.post("/login")
def login(response: Response):
    response.set_cookie("session", "opaque-session-id", httponly=True, secure=True, samesite="strict")  # ok: insecure-cookie
    return {"ok": True}


@app.post("/remember")
def remember(response: Response, user_id: str):
    response.set_cookie("remember_me", user_id, max_age=60 * 60 * 24 * 30)  # expect: insecure-cookie
    return {"ok": True}
