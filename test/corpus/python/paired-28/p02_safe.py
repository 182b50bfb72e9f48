# corpus: path=app/api/auth.py
from fastapi import FastAPI, Header, HTTPException
from jose import jwt

from app.keys import public_key_for

app = FastAPI()


@app.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    kid = jwt.get_unverified_header(token)["kid"]
    claims = jwt.decode(token, public_key_for(kid), algorithms=["RS256"], audience="api")  # ok: jwt-weak
    if claims.get("scope") != "profile":
        raise HTTPException(status_code=403)
    return {"user": claims["sub"]}
