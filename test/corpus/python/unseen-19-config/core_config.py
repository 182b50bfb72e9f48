# corpus: path=app/core/config.py
"""Runtime settings, read from the environment (and .env in development)."""
from functools import lru_cache
from typing import Literal

from pydantic import AnyHttpUrl, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RELAY_", extra="ignore")

    environment: Literal["local", "staging", "production"] = "local"
    project_name: str = "Relay"
    api_prefix: str = "/api/v1"

    database_url: str = "postgresql+asyncpg://relay:relay@localhost:5432/relay"  # ok: hardcoded-secret
    redis_url: str = "redis://localhost:6379/0"

    jwt_secret: SecretStr = SecretStr("q8Vt3Lx6Hn1Wz9Kr4Pb7Jm2Dc5Fy0Sg")  # expect: hardcoded-secret
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = 30
    refresh_token_ttl_days: int = 14

    smtp_password: SecretStr = Field(default=SecretStr(""), description="SMTP relay password")  # ok: hardcoded-secret
    stripe_secret_key: SecretStr | None = None
    openai_api_key: str = Field(default="sk-your-key-here")  # ok: hardcoded-secret

    ledger_base_url: AnyHttpUrl = "http://ledger.relay-finance.io/api"  # expect: cleartext-http
    frontend_url: AnyHttpUrl = "http://localhost:5173"  # ok: cleartext-http
    status_page_url: str = "https://status.relay.app"

    cors_origins: list[str] = ["http://localhost:5173"]
    sentry_dsn: str | None = None
    sentry_traces_sample_rate: float = 0.05

    @field_validator("cors_origins", mode="before")
    @classmethod
    def split_origins(cls, value):
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
