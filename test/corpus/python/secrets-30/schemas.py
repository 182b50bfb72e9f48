# corpus: path=app/api/schemas.py
from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class TokenKind(str, Enum):
    PERSONAL = "personal"
    SERVICE = "service"
    WEBHOOK_SECRET = "webhook_secret"


class LoginRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"email": "jane@example.com", "password": "Winter-Sky-42!"}]}  # ok: hardcoded-secret
    )

    email: EmailStr
    password: str = Field(min_length=12, max_length=128)
    otp: str | None = Field(default=None, pattern=r"^\d{6}$")


class TokenPair(BaseModel):
    access_token: str = Field(examples=["eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c3JfOGYyYzFkIn0.Zq3mT8vL1xK7pR4wN9yB2cH6sD0fJ5gA3eU8iO1uT4r"])  # ok: hardcoded-secret
    refresh_token: str = Field(examples=["rt_2c9f4e8a1b7d3f6e0a5c9b1d7e3f2a84c6b0"])  # ok: hardcoded-secret
    token_type: str = "bearer"
    expires_in: int = 900


class ApiTokenOut(BaseModel):
    id: str = Field(examples=["01HXQ3N0A7B2C4D6E8F0G1H2J3"])
    kind: TokenKind
    prefix: str = Field(examples=["acme_pat_3f9c"])
    created_at: datetime
    last_used_at: datetime | None = None


class ApiTokenCreated(ApiTokenOut):
    token: str = Field(description="Shown once.", examples=["acme_pat_3f9c1e7a2b8d4f6e0a5c9b1d"])  # ok: hardcoded-secret


class WebhookEndpointOut(BaseModel):
    url: str
    signing_secret_hint: str = Field(examples=["whsec_…b2c4"])
    events: list[str] = Field(default_factory=lambda: ["order.paid", "order.refunded"])


# Public JWKS served at /.well-known/jwks.json: the public halves of our RS256 signing keys.
JWKS = {
    "keys": [
        {
            "kty": "RSA",
            "kid": "orders-2024-05",
            "use": "sig",
            "alg": "RS256",
            "n": "COAX3t04YfmGekuN8bCClB-c-CLGY7rjgm94KnnymmkYdk-S8sux76XNX74aA9kNpkPQrac3HCG2uLBpt3PTZpQIOOhEkfRb4TIPD0Ki1kd4497FCuf16q7DOybqfzah3",
            "e": "AQAB",
        }
    ]
}

ERROR_CODES = {
    "invalid_token": "E401_017",
    "expired_token": "E401_018",
    "wrong_password": "E403_002",
    "revoked_api_key": "E403_011",
}
