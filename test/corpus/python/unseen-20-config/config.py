# corpus: path=orders_service/config.py
from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="ORDERS_", extra="ignore")

    app_name: str = "orders"
    environment: str = "production"
    debug: bool = True  # expect: debug-mode

    database_url: str = "postgresql+asyncpg://orders:Xk29vLq7Rz8Wp3Nf@orders-db.prod.fulfilio.net:5432/orders"  # expect: hardcoded-secret
    redis_url: str = "redis://localhost:6379/0"  # ok: hardcoded-secret
    test_database_url: str = "postgresql+asyncpg://postgres:postgres@localhost:5432/orders_test"  # ok: hardcoded-secret

    jwt_secret: str = "c633bd5a81af7c0db7847a000d4a5d94"  # expect: hardcoded-secret
    jwt_algorithm: str = "HS256"  # ok: hardcoded-secret
    access_token_ttl_minutes: int = 30

    openai_api_key: SecretStr = SecretStr("sk-proj-5GoBOkuOtAwZfEqhT19GrWNOeB7ENPSgJwZwo1H9Dv7UaER")  # expect: hardcoded-secret
    anthropic_api_key: str = Field(default="sk-ant-api03-PN6BivQJpdZcr6cnJzhGS9TiEPTEbnVHGvxdeYBg3eA63wyOZWO6HM0rdTSsXbZOzQN2qUzLvzWPHTRI9s5m7OnDDNKnYAA")  # expect: hardcoded-secret
    stripe_webhook_secret: str = "whsec_LtQQ2qsoO4G1zUfYbdPMqI7qBl12flvl"  # expect: hardcoded-secret
    sendgrid_api_key: SecretStr = SecretStr("changeme")  # ok: hardcoded-secret
    partner_api_key: str = Field(default="", description="Key issued by the partner portal")  # ok: hardcoded-secret
    github_app_private_key_path: str = "/run/secrets/github-app.pem"  # ok: hardcoded-secret

    inventory_api_url: AnyHttpUrl = "http://api.stockpilot.io/v1"  # expect: cleartext-http
    pricing_api_url: AnyHttpUrl = "https://pricing.stockpilot.io/v1"  # ok: cleartext-http
    otel_collector_url: str = "http://otel-collector:4318"  # ok: cleartext-http
    openapi_schema_id: str = "http://json-schema.org/draft-07/schema#"  # ok: cleartext-http

    request_timeout_seconds: float = 10.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
