# corpus: path=service/config.py
from functools import lru_cache

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SVC_")

    environment: str = "development"
    database_url: str = "postgresql+asyncpg://svc@localhost:5432/svc"
    redis_url: str = "redis://localhost:6379/0"
    jwt_secret: str = "4a9c1e7f3b2d8a6e0c5f9b1d7e3a2c8f6b0d4e9a"  # expect: hardcoded-secret
    jwt_algorithm: str = "HS256"
    openai_api_key: str = Field(default="", repr=False)  # ok: hardcoded-secret
    smtp_password: str = "your-smtp-password"  # ok: hardcoded-secret
    geo_api_url: str = "http://api.geo-lookup-service.com/v1"  # expect: cleartext-http
    metrics_url: str = "http://127.0.0.1:9100/metrics"  # ok: cleartext-http
    allowed_origins: list[str] = ["https://app.example.com"]
    request_timeout: float = 10.0


@lru_cache
def get_settings() -> Settings:
    return Settings()


def build_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="svc", debug=settings.environment == "development")  # ok: debug-mode
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    return app


def partner_app() -> FastAPI:
    app = FastAPI(title="partner-widgets")
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["GET", "POST"])  # expect: permissive-cors
    return app


async def lookup_country(ip: str) -> str:
    settings = get_settings()
    async with httpx.AsyncClient(timeout=settings.request_timeout) as client:
        resp = await client.get(f"{settings.geo_api_url}/country", params={"ip": ip})
        resp.raise_for_status()
        return resp.json()["country"]


async def notify_partner(payload: dict) -> None:
    async with httpx.AsyncClient(base_url="http://hooks.partner-crm.io", timeout=5) as client:  # expect: cleartext-http
        await client.post("/events", json=payload)


async def local_sidecar_ready() -> bool:
    async with httpx.AsyncClient(base_url="http://localhost:15020", timeout=1) as client:  # ok: cleartext-http
        resp = await client.get("/healthz/ready")
        return resp.status_code == 200
