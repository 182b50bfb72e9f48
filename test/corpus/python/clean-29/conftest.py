# corpus: path=tests/conftest.py
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from ledger.accounts.models import ApiKey, Organization
from ledger.billing.models import Invoice, PaymentMethod

TEST_PASSWORD = "correct-horse-battery-staple"  # ok: hardcoded-secret
ADMIN_PASSWORD = "Adm1n!pass-for-tests"  # ok: hardcoded-secret
FIXED_NOW = dt.datetime(2024, 3, 14, 9, 26, 53, tzinfo=dt.timezone.utc)

# Stripe's documented test cards: they only work against test-mode keys.
VISA_OK = "4242424242424242"  # ok: hardcoded-secret
VISA_DECLINED = "4000000000000002"
AMEX_OK = "378282246310005"
REQUIRES_3DS = "4000002760003184"


@pytest.fixture
def user_model():
    return get_user_model()


@pytest.fixture
def org(db):
    return Organization.objects.create(
        id=uuid.UUID("8b0f1c7e-4a2d-4f6b-9c3e-5d7a1b2c3d4e"),
        name="Acme Test Org",
        slug="acme-test",
    )


@pytest.fixture
def user(db, org, user_model):
    account = user_model.objects.create_user(
        username="ada",
        email="ada@example.com",
        password=TEST_PASSWORD,  # ok: hardcoded-secret
        organization=org,
    )
    return account


@pytest.fixture
def admin_user(db, org, user_model):
    return user_model.objects.create_superuser(
        username="root",
        email="root@example.com",
        password=ADMIN_PASSWORD,  # ok: hardcoded-secret
        organization=org,
    )


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def authed_client(api_client, user):
    api_client.force_authenticate(user=user)
    return api_client


@pytest.fixture
def logged_in_client(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)  # ok: assert-runtime-check
    return client


@pytest.fixture
def api_key(db, org):
    key, raw = ApiKey.objects.create_key(organization=org, name="ci")
    key.raw = raw
    return key


@pytest.fixture
def bearer_headers(api_key):
    return {"HTTP_AUTHORIZATION": f"Bearer {api_key.raw}"}


@pytest.fixture
def card(db, user):
    return PaymentMethod.objects.create(
        owner=user,
        brand="visa",
        last4=VISA_OK[-4:],
        exp_month=12,
        exp_year=FIXED_NOW.year + 3,
        provider_id="pm_card_visa",
    )


class InvoiceFactory:
    """Builds invoices with sensible defaults; pass overrides for what a test cares about."""

    _counter = 0

    @classmethod
    def build(cls, **overrides):
        cls._counter += 1
        values = {
            "number": f"INV-{FIXED_NOW:%Y%m}-{cls._counter:04d}",
            "amount": Decimal("129.00"),
            "currency": "EUR",
            "issued_at": FIXED_NOW,
            "due_at": FIXED_NOW + dt.timedelta(days=30),
            "external_id": f"in_test_{cls._counter:06d}",
        }
        values.update(overrides)
        return Invoice(**values)

    @classmethod
    def create(cls, **overrides):
        invoice = cls.build(**overrides)
        invoice.save()
        return invoice


@pytest.fixture
def invoice_factory(db):
    return InvoiceFactory


@pytest.fixture
def stripe_event():
    return {
        "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
        "type": "invoice.paid",
        "data": {"object": {"id": "in_1NG8Dt2eZvKYlo2C0yZ5ZXo3", "amount_paid": 12900, "currency": "eur"}},
    }


@pytest.fixture
def webhook_secret(settings):
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_secret_for_unit_tests"  # ok: hardcoded-secret
    return settings.STRIPE_WEBHOOK_SECRET


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # ok: weak-hash


@pytest.fixture(autouse=True)
def _no_outbound_http(monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("tests must not make real HTTP calls; use the responses fixture")

    monkeypatch.setattr("requests.sessions.Session.request", refuse)
