# corpus: path=notify/config.py
from functools import lru_cache
from pathlib import Path

from pydantic import AnyHttpUrl, Field, PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFY_", env_file=".env", extra="ignore")

    environment: str = "development"
    debug: bool = False
    database_url: PostgresDsn = Field(default="postgresql://notify@localhost:5432/notify")
    redis_url: RedisDsn = Field(default="redis://localhost:6379/0")
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    signing_key: SecretStr
    public_base_url: AnyHttpUrl = Field(default="https://notify.example.com")
    template_dir: Path = Path(__file__).parent / "templates"
    batch_size: int = Field(default=100, ge=1, le=1000)
    max_retries: int = 5
    retry_backoff_seconds: float = 2.0
    allowed_origins: list[str] = ["https://app.example.com"]

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
