# corpus: path=backend/asgi.py
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from .routers import orders, users

app = FastAPI(title="Orders API", debug=os.getenv("APP_DEBUG") == "1")  # ok: debug-mode

app.add_middleware(  # ok: permissive-cors
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)  # ok: insecure-cookie

app.include_router(users.router)
app.include_router(orders.router)


@app.get("/health")
def health():
    return {"ok": True}
