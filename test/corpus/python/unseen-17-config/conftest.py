# corpus: path=tests/conftest.py
import base64
import datetime as dt
import os

import boto3
import jwt
import pytest
from moto import mock_aws
from rest_framework.test import APIClient

from storefront.accounts.models import ApiToken, User

TEST_JWT_SIGNING_KEY = "test-signing-key-not-used-outside-pytest"  # ok: hardcoded-secret
WEBHOOK_SECRET = "whsec_test_7d1f0a9c3b5e2d8f6a4c1b9e"  # ok: hardcoded-secret
FIXED_UUID = "8f14e45f-ceea-467f-a0e6-4c5f1b2d9a3e"
PNG_PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


@pytest.fixture(autouse=True)
def aws_credentials():
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"  # ok: hardcoded-secret
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"  # ok: hardcoded-secret
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="storefront-media")
        yield client


@pytest.fixture
def user(db):
    return User.objects.create_user(
        email="shopper@example.com",
        password="Sh0pper!pass-2024",  # ok: hardcoded-secret
        first_name="Sam",
    )


@pytest.fixture
def staff_user(db):
    return User.objects.create_superuser(email="staff@example.com", password="admin")  # ok: hardcoded-secret


@pytest.fixture
def api_token(user):
    return ApiToken.objects.create(
        user=user,
        key="9b2e7c4f1a8d3065e2b7c9f4a1d8e3b6c5f0a2d7",  # ok: hardcoded-secret
        name="ci",
    )


@pytest.fixture
def api_client(api_token):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_token.key}")
    return client


@pytest.fixture
def jwt_headers(user):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user.pk), "iat": now, "exp": now + dt.timedelta(minutes=5)}
    token = jwt.encode(claims, TEST_JWT_SIGNING_KEY, algorithm="HS256")
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def stripe_event():
    return {
        "id": "evt_1NqXk2LkdIwHu7ix0aBcDeFg",
        "type": "checkout.session.completed",
        "data": {"object": {"id": "cs_test_a1B2c3D4e5F6g7H8i9J0", "client_reference_id": FIXED_UUID}},
    }


@pytest.fixture
def settings_overrides(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # ok: weak-hash
    settings.SECRET_KEY = "pytest-secret-key-0123456789abcdef"  # ok: hardcoded-secret
    settings.STRIPE_SECRET_KEY = "sk_test_placeholder"  # ok: hardcoded-secret
    settings.CELERY_TASK_ALWAYS_EAGER = True
    return settings
