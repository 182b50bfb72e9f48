# corpus: path=tests/conftest.py
import pytest

from app import create_app
from app.db import db as _db


@pytest.fixture
def app():
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key",  # ok: hardcoded-secret
            "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:",
            "WTF_CSRF_ENABLED": False,
            "MAIL_PASSWORD": "password",  # ok: hardcoded-secret
        }
    )
    with app.app_context():
        _db.create_all()
        yield app
        _db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def user(app):
    from app.models import User

    u = User(email="alice@example.com")
    u.set_password("correct horse battery staple")  # ok: hardcoded-secret
    _db.session.add(u)
    _db.session.commit()
    return u


@pytest.fixture
def auth_headers(client, user):
    resp = client.post("/auth/login", json={"email": user.email, "password": "correct horse battery staple"})
    return {"Authorization": f"Bearer {resp.json['token']}"}
