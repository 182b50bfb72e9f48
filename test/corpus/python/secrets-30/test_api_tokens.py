# corpus: path=tests/api/test_api_tokens.py
import pytest
import responses

from app.accounts.factories import UserFactory
from app.accounts.tokens import hash_token, issue_personal_token

# HS256 over {"sub": "usr_fixture_01", "scope": "orders:read"} with TEST_JWT_SECRET below.
FIXTURE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfZml4dHVyZV8wMSIsInNjb3BlIjoib3JkZXJzOnJlYWQifQ.Qm7vL2xT9pKw4Zr8Nc6Bs0Hd5Fg2Ja8Ue3Io1KyT4r"  # ok: hardcoded-secret
TEST_JWT_SECRET = "pytest-jwt-secret-9f2c"  # ok: hardcoded-secret
FIXTURE_PASSWORD = "Fixture-Passw0rd-2024!"  # ok: hardcoded-secret


@pytest.fixture
def user(db):
    return UserFactory(email="ada@example.test", password=FIXTURE_PASSWORD)


@pytest.fixture
def upstream():
    # The billing provider is mocked; its "token" is a fixed string the assertions look for.
    with responses.RequestsMock() as rsps:
        rsps.post(
            "https://billing.test/oauth/token",
            json={"access_token": "billing-mock-token-7Hq2Lx9", "token_type": "bearer", "expires_in": 3600},  # ok: hardcoded-secret
        )
        yield rsps


def test_personal_token_is_shown_once_and_stored_hashed(client, user):
    client.force_login(user)
    res = client.post("/api/tokens", {"name": "ci"}, content_type="application/json")
    assert res.status_code == 201
    token = res.json()["token"]
    assert token.startswith("acme_pat_")
    assert user.tokens.get().token_hash == hash_token(token)
    assert "token" not in client.get("/api/tokens").json()[0]


def test_token_hash_is_stable():
    token = "acme_pat_Xq8vT2mK9pL4wR7zN1bC6yH3"  # ok: hardcoded-secret
    assert hash_token(token) == hash_token(token)
    assert len(hash_token(token)) == 64


def test_expired_fixture_jwt_is_rejected(client, settings):
    settings.JWT_SECRET = TEST_JWT_SECRET
    res = client.get("/api/orders", HTTP_AUTHORIZATION=f"Bearer {FIXTURE_JWT}")
    assert res.status_code == 401


def test_login_with_wrong_password(client, user):
    res = client.post("/api/login", {"email": user.email, "password": "not-the-Passw0rd"}, content_type="application/json")  # ok: hardcoded-secret
    assert res.status_code == 401


def test_billing_token_is_cached(upstream, settings):
    settings.BILLING_CLIENT_SECRET = "billing-client-secret-for-tests"  # ok: hardcoded-secret
    first = issue_personal_token.billing_token()
    second = issue_personal_token.billing_token()
    assert first == second == "billing-mock-token-7Hq2Lx9"
    assert len(upstream.calls) == 1
