# corpus: path=app/api/schemas.py
from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr


class LoginIn(BaseModel):
    email: EmailStr
    password: SecretStr = Field(min_length=12)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "email": "ada@example.com",
                    "password": "Sup3r-S3cret!pw",  # ok: hardcoded-secret
                }
            ]
        }
    )


class SignupIn(BaseModel):
    email: EmailStr
    password: SecretStr
    invite_code: str | None = None

    model_config = ConfigDict(
        json_schema_extra={"example": {"email": "grace@example.com", "password": "Tr0ub4dor&3", "invite_code": "K7PQ-2XWM"}}  # ok: hardcoded-secret
    )


class TokenOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # ok: hardcoded-secret
    expires_in: int = 900


class ApiKeyOut(BaseModel):
    id: int
    prefix: str = Field(examples=["bk_live_3f9a"])
    created_at: datetime
    last_used_at: datetime | None = None


class WebhookEndpointIn(BaseModel):
    url: str = Field(examples=["https://example.com/hooks/bookings"])
    events: list[str] = Field(default_factory=lambda: ["booking.created"])


LOGIN_EXAMPLES = {
    "valid": {"summary": "A normal login", "value": {"email": "ada@example.com", "password": "correct-h0rse-battery"}},  # ok: hardcoded-secret
    "locked": {"summary": "A locked account", "value": {"email": "locked@example.com", "password": "Wr0ng-Passw0rd"}},  # ok: hardcoded-secret
}

INTERNAL_SERVICE_TOKEN = "svc_7Kq2Xw9Lm4Rt8Vb1Nz6Jc3Hd0Fs5Gy"  # expect: hardcoded-secret
