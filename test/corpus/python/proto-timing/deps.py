# corpus: path=app/api/deps.py
import os
import secrets
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request, status
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Project, ServiceAccount
from app.security import hash_token

API_TOKEN = os.environ["API_TOKEN"]
METRICS_TOKEN = os.getenv("METRICS_TOKEN", "")


def require_api_token(x_token: Annotated[str, Header()]) -> None:
    if x_token != API_TOKEN:  # expect: timing-unsafe-comparison
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


def require_metrics_token(token: Annotated[str | None, Query()] = None) -> None:
    if not METRICS_TOKEN:
        return
    if token is None or not secrets.compare_digest(token, METRICS_TOKEN):  # ok: timing-unsafe-comparison
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


def service_account(
    authorization: Annotated[str, Header()],
    session: Annotated[Session, Depends(get_session)],
) -> ServiceAccount:
    scheme, _, credential = authorization.partition(" ")
    if scheme.lower() != "bearer" or not credential:  # ok: timing-unsafe-comparison
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    account_id, _, secret = credential.partition(".")
    account = session.get(ServiceAccount, account_id)
    if account is None or account.disabled:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown account")
    if account.secret_hash != hash_token(secret):  # ok: timing-unsafe-comparison
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credential")
    return account


def project_for_account(
    project_id: int,
    account: Annotated[ServiceAccount, Depends(service_account)],
    session: Annotated[Session, Depends(get_session)],
) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such project")
    if project.owner_id != account.owner_id:  # ok: timing-unsafe-comparison
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your project")
    return project


async def verify_preview_secret(request: Request) -> None:
    preview_secret = request.app.state.settings.preview_secret
    if request.headers.get("x-preview-secret") == preview_secret:  # expect: timing-unsafe-comparison
        request.state.preview = True
    elif request.headers.get("x-preview") == "1":  # ok: timing-unsafe-comparison
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "preview requires the secret")
