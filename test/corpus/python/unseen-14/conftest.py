# corpus: path=tests/conftest.py
import os
import uuid

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("JWT_SECRET", "unit-test-jwt-secret")
os.environ.setdefault("DATABASE_URL", "postgresql://app:app@localhost:5432/app_test")

from accounts.main import create_app  # noqa: E402
from accounts.models import User  # noqa: E402

TEST_PASSWORD = "CorrectHorse9!"
ADMIN_TOKEN = "test-admin-token"
STRIPE_WEBHOOK_SECRET = "whsec_test_fixture"
FIXED_USER_ID = uuid.UUID("6f1c2b9e-3a4d-4e5f-8a7b-9c0d1e2f3a4b")
BCRYPT_HASH = "$2b$12$KIXQJzJ8Yf0p6Zx8d9uF2eC6o7n1q1yF1x0H8b0aY1rU2wJ7m3k6a"


@pytest.fixture
def app():
    return create_app(testing=True)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def user(db_session):
    u = User(id=FIXED_USER_ID, email="jane@example.com", password_hash=BCRYPT_HASH)
    db_session.add(u)
    db_session.commit()
    return u


@pytest.fixture
def auth_headers(client, user):
    resp = client.post("/auth/token", data={"username": user.email, "password": TEST_PASSWORD})
    assert resp.status_code == 200
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


@pytest.fixture
def admin_headers():
    return {"Authorization": f"Bearer {ADMIN_TOKEN}", "X-Request-Id": str(uuid.uuid4())}


@pytest.fixture
def smtp_settings(monkeypatch):
    monkeypatch.setenv("SMTP_HOST", "localhost")
    monkeypatch.setenv("SMTP_PASSWORD", "smtp-test-pass")
    monkeypatch.setenv("API_KEY", "test-key-0000")
