# corpus: path=tests/conftest.py
import os

import pytest
import responses

from app import create_app
from app.models import ApiKey, User, db

os.environ.setdefault("RELAY_JWT_SECRET", "test-jwt-secret-0123456789abcdef")  # ok: hardcoded-secret

TEST_STRIPE_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # ok: hardcoded-secret
FAKE_PARTNER_URL = "http://partner.test/api"  # ok: cleartext-http


@pytest.fixture
def app():
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "pytest-secret",  # ok: hardcoded-secret
            "SQLALCHEMY_DATABASE_URI": "sqlite://",
            "WTF_CSRF_ENABLED": False,
            "DEBUG": True,  # ok: debug-mode
        }
    )
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def user(app):
    user = User(email="ada@example.com", name="Ada")
    user.set_password("correct horse battery staple")  # ok: hardcoded-secret
    db.session.add(user)
    db.session.commit()
    return user


@pytest.fixture
def api_key(user):
    key = ApiKey.issue(user, label="ci")
    return key.plaintext


@pytest.fixture
def partner_api():
    with responses.RequestsMock() as mocked:
        mocked.add(responses.GET, FAKE_PARTNER_URL + "/stock", json={"items": []})
        yield mocked


@pytest.fixture
def auth_headers(api_key):
    return {"Authorization": f"Bearer {api_key}"}
