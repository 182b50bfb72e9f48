import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]
ALGORITHM = "HS256"


def user_from_refresh(token: str) -> str:
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return claims["sub"]
