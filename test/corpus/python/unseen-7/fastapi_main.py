# corpus: path=service/main.py
import os

import uvicorn
from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from starlette.middleware.sessions import SessionMiddleware

from .routers import orders, users

app = FastAPI(title="Fulfilment", debug=True)  # expect: debug-mode
app.add_middleware(  # expect: permissive-cors
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=False)  # expect: insecure-cookie
app.include_router(orders.router)
app.include_router(users.router)


@app.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "guest"):
    return HTMLResponse(content=f"<html><body><h1>Welcome, {name}!</h1></body></html>")  # expect: xss


@app.get("/about", response_class=HTMLResponse)
async def about():
    version = os.environ.get("APP_VERSION", "dev")
    return HTMLResponse(f"<footer>Fulfilment {version}</footer>")  # ok: xss


@app.get("/echo")
async def echo(request: Request):
    text = request.query_params.get("text", "")
    return Response(content=text, media_type="text/plain")  # ok: xss


@app.post("/prefs")
async def prefs(response: Response, theme: str = "light"):
    response.set_cookie("theme", theme if theme in {"light", "dark"} else "light", samesite="lax")  # ok: insecure-cookie
    return {"theme": theme}


@app.post("/login")
async def login(response: Response, token: str):
    response.set_cookie(key="access_token", value=f"Bearer {token}", httponly=True)  # expect: insecure-cookie
    return {"ok": True}


if __name__ == "__main__":
    uvicorn.run("service.main:app", host="0.0.0.0", port=8000, reload=os.getenv("RELOAD") == "1")  # ok: debug-mode
