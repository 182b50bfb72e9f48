# corpus: path=app/core/settings.py
from functools import lru_cache

from pydantic import AnyUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="ORDERS_", extra="ignore")

    environment: str = "development"
    database_url: AnyUrl = Field(default="postgresql+asyncpg://orders@localhost:5432/orders")
    redis_url: AnyUrl = Field(default="redis://localhost:6379/0")

    # Secrets: no defaults, so a missing variable fails at startup.
    jwt_secret: SecretStr
    stripe_secret_key: SecretStr
    smtp_password: SecretStr | None = None

    # Names and references, not values.
    jwt_secret_env: str = "ORDERS_JWT_SECRET"  # ok: hardcoded-secret
    stripe_key_secret_name: str = "orders/stripe-secret-key"
    signing_key_path: str = "/run/secrets/jwt_signing_key.pem"
    kms_key_id: str = "arn:aws:kms:eu-west-1:412875530961:key/1dc35530-864b-41f8-8abf-553f3c738238"
    vault_secret: str = "secret/data/orders/prod#stripe_secret_key"  # ok: hardcoded-secret

    # Public by design.
    sentry_dsn: str = "https://b174e4feeb4cad62da24785223f04c09@o450123.ingest.sentry.io/5501234"
    stripe_publishable_key: str = "pk_live_51Nq2xKLm8RtY4vZp0Wc7bQsE3aHj6DfU9oI1gT5nX2kM8rV4yB7eA0cS3dF6gH9jK2lZ5xC8vN1bM4"  # ok: hardcoded-secret
    algolia_app_id: str = "ZQ4KX8VY2M"
    algolia_search_only_key: str = "6be0576ff61c053d5f9a3225e2a90f76"  # ok: hardcoded-secret

    password_min_length: int = 12
    password_hasher: str = "argon2id"
    token_algorithm: str = "HS256"
    access_token_ttl_seconds: int = 900
    reset_token_salt: str = "orders.password-reset.v2"  # ok: hardcoded-secret

    # Mailgun sending key for the EU domain; the dashboard one was rotated in March.
    mailgun_api_key: str = "key-e7fdaf2eedfa90254fb08c13f0078681"  # expect: hardcoded-secret


class LegacyWarehouseSettings(BaseSettings):
    """Connection to the old warehouse MySQL, until the migration finishes."""

    model_config = SettingsConfigDict(env_prefix="WAREHOUSE_")

    host: str = "wh-mysql.internal.acme-retail.com"
    user: str = "orders_sync"
    password: str = "1hbcVbeateoS4Hzg"  # expect: hardcoded-secret
    database: str = "warehouse"


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
