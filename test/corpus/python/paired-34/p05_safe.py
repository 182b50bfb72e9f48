# corpus: path=app/auth/routes.py
from fastapi import APIRouter, Depends, HTTPException, Response
from fastapi.security import OAuth2PasswordRequestForm

from .service import authenticate, create_access_token

router = APIRouter()


def attach_session(response: Response, token: str) -> None:
    response.set_cookie(  # ok: insecure-cookie
        key="access_token",
        value=token,
        max_age=3600,
        path="/",
        httponly=True,
        secure=True,
        samesite="strict",
    )


@router.post("/auth/login")
async def login(response: Response, form: OAuth2PasswordRequestForm = Depends()):
    user = await authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    attach_session(response, create_access_token(user.id))
    return {"ok": True}
