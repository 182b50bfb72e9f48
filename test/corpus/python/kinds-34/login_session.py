# corpus: path=app/auth.py
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, Form, HTTPException, Request, Response
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from .database import get_db
from .models import User

app = FastAPI()
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")

JWT_SECRET = "9f3b2c7e41d0a8f6b5e2c9d4a7f1e3b8c6d0a2f4e9b7c5d3"  # expect: hardcoded-secret
JWT_ALGORITHM = "HS256"
SESSION_HOURS = 12


def create_session_token(user: User) -> str:
    payload = {
        "sub": str(user.id),
        "name": user.username,
        "exp": datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS),
    }
    return jwt.encode(payload, JWT_SECRET, algorithm=JWT_ALGORITHM)


def current_user(request: Request, db: Session = Depends(get_db)) -> User:
    token = request.cookies.get("session")
    if not token:
        raise HTTPException(status_code=401)
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    user = db.get(User, int(claims["sub"]))
    if user is None:
        raise HTTPException(status_code=401)
    return user


@app.post("/login")
def login(response: Response, username: str = Form(...), password: str = Form(...), db: Session = Depends(get_db)):
    user = db.query(User).filter(User.username == username).first()
    if user is None or not pwd_context.verify(password, user.password_hash):
        raise HTTPException(status_code=401, detail="Invalid username or password")
    response.set_cookie(key="session", value=create_session_token(user), max_age=SESSION_HOURS * 3600)  # expect: insecure-cookie
    return {"ok": True}


@app.post("/logout")
def logout(response: Response):
    response.delete_cookie("session")
    return {"ok": True}


@app.post("/preferences/theme")
def set_theme(response: Response, theme: str = Form("light")):
    if theme not in ("light", "dark"):
        raise HTTPException(status_code=400)
    response.set_cookie("theme", theme, max_age=365 * 24 * 3600)  # ok: insecure-cookie
    return {"theme": theme}


@app.get("/me")
def me(user: User = Depends(current_user)):
    return {"id": user.id, "username": user.username}
