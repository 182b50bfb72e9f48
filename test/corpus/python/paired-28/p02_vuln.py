# corpus: path=app/api/auth.py
from fastapi import FastAPI, Header, HTTPException
from jose import jwt

app = FastAPI()


@app.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.get_unverified_claims(token)  # expect: jwt-weak
    if claims.get("scope") != "profile":
        raise HTTPException(status_code=403)
    return {"user": claims["sub"]}
