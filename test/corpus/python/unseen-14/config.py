# corpus: path=notifications/config.py
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="NOTIFY_", extra="ignore")

    app_name: str = "notifications"
    environment: str = "production"
    debug: bool = False  # ok: debug-mode
    database_url: str = "postgresql+asyncpg://notify@localhost:5432/notify"
    redis_url: str = "redis://localhost:6379/0"
    jwt_algorithm: str = "HS256"
    jwt_secret: SecretStr = SecretStr("h4Kx9!vQ2mZr7#pLw5tY0sB3")  # expect: hardcoded-secret
    api_key_header: str = "X-Api-Key"
    twilio_account_sid: str = Field(default="", description="Twilio account SID")
    twilio_auth_token: SecretStr = Field(default=SecretStr(""))  # ok: hardcoded-secret
    sendgrid_api_key: SecretStr | None = None
    push_gateway_url: str = "http://push.notify-gateway.io/v1/send"  # expect: cleartext-http
    status_url: str = "https://status.example.com/api/v2/status.json"
    cors_origins: list[str] = ["https://app.example.com"]
    session_cookie_name: str = "notify_session"
    session_cookie_secure: bool = True
    rate_limit_per_minute: int = 120
    password_reset_token_ttl: int = 3600
    template_dir: str = "templates/email"


@lru_cache
def get_settings() -> Settings:
    return Settings()
