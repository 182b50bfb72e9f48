# corpus: path=tests/conftest.py
import pytest

from hub import create_app
from hub.integrations import slack

TEST_SLACK_TOKEN = "xoxb-000000000000-0000000000000-testtesttesttesttesttest"  # ok: hardcoded-secret
TEST_GITHUB_TOKEN = "ghp_" + "a" * 36  # ok: hardcoded-secret
FAKE_JWT_SECRET = "unit-test-signing-key"  # ok: hardcoded-secret
STRIPE_TEST_KEY = "sk_test_51NqZxKLm3vT8hR2yWc4pJd7sF0gB9aQeX6uV1nM5kH8tY2rE4wA7zC3bD9f"  # ok: hardcoded-secret
PARTNER_STUB_URL = "http://partner.test/api/v1"  # ok: cleartext-http


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("ORDERS_JWT_SECRET", FAKE_JWT_SECRET)
    monkeypatch.setenv("ORDERS_DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/test")  # ok: hardcoded-secret
    app = create_app({"TESTING": True, "SECRET_KEY": "not-a-real-secret", "DEBUG": True})  # ok: hardcoded-secret, debug-mode
    yield app


@pytest.fixture
def slack_client(monkeypatch):
    monkeypatch.setattr(slack, "BOT_TOKEN", TEST_SLACK_TOKEN)
    return slack.Client(token=TEST_SLACK_TOKEN, base_url=PARTNER_STUB_URL)


@pytest.fixture
def signed_header():
    return {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.dGVzdHNpZ25hdHVyZQ"}  # ok: hardcoded-secret
