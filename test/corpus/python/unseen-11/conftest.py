# corpus: path=tests/conftest.py
import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from catalog.models import ApiClient, Category, Product

FIXTURES = Path(__file__).parent / "fixtures"

TEST_PASSWORD = "correct-horse-battery-staple"
STRIPE_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STRIPE_SECRET_KEY = STRIPE_TEST_KEY
    yield settings.MEDIA_ROOT
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def user(db):
    return get_user_model().objects.create_user("alice", "alice@example.com", TEST_PASSWORD)


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("bob", "bob@example.com", "s3cret-pass", is_staff=True)


@pytest.fixture
def api(user):
    client = APIClient()
    client.login(username="alice", password=TEST_PASSWORD)
    return client


@pytest.fixture
def category(db):
    return Category.objects.create(name="Garden tools")


@pytest.fixture
def product(category, user):
    return Product.objects.create(sku="RAKE01", title="Leaf rake", category=category, price="19.90", stock=12, owner=user, is_published=True)


@pytest.fixture
def api_client_key(user):
    import hashlib

    raw = "ak_test_0123456789abcdef"
    ApiClient.objects.create(name="ci", key_prefix=raw[:8], key_hash=hashlib.sha256(raw.encode()).hexdigest(), owner=user)
    return raw


@pytest.fixture
def supplier_csv(tmp_path):
    target = tmp_path / "supplier.csv"
    shutil.copy(FIXTURES / "supplier.csv", target)
    return target


@pytest.fixture(scope="session")
def aws_env():
    old = dict(os.environ)
    os.environ.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "eu-west-1"})
    yield
    os.environ.clear()
    os.environ.update(old)
