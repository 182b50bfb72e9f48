# corpus: path=tests/test_checkout.py
from decimal import Decimal
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from rest_framework.test import APIClient

from shop.catalog.models import Category, Product
from shop.orders.services import CheckoutError, checkout

User = get_user_model()


@pytest.fixture
def user(db):
    return User.objects.create_user(username="alice", email="alice@example.com", password="correct-horse-battery")


@pytest.fixture
def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def product(db):
    category = Category.objects.create(name="Books")
    return Product.objects.create(sku="BK001", title="Dune", category=category, price=Decimal("9.99"), stock=3)


@pytest.fixture
def payment_gateway():
    with mock.patch("shop.orders.services.gateway") as gw:
        gw.charge.return_value = {"id": "ch_test_123", "status": "succeeded"}
        yield gw


def test_checkout_reserves_stock(user, product, payment_gateway):
    order = checkout(user, [(product.sku, 2)], card_token="tok_visa")
    product.refresh_from_db()
    assert product.stock == 1
    assert order.total_cents == 1998
    payment_gateway.charge.assert_called_once()


def test_checkout_rejects_more_than_stock(user, product, payment_gateway):
    with pytest.raises(CheckoutError, match="out of stock"):
        checkout(user, [(product.sku, 5)], card_token="tok_visa")
    payment_gateway.charge.assert_not_called()


def test_checkout_declined_card_keeps_stock(user, product, payment_gateway):
    payment_gateway.charge.return_value = {"id": "ch_test_456", "status": "declined"}
    with pytest.raises(CheckoutError):
        checkout(user, [(product.sku, 1)], card_token="tok_chargeDeclined")
    product.refresh_from_db()
    assert product.stock == 3


@pytest.mark.parametrize("quantity", [0, -1])
def test_checkout_rejects_non_positive_quantities(user, product, payment_gateway, quantity):
    with pytest.raises(CheckoutError):
        checkout(user, [(product.sku, quantity)], card_token="tok_visa")


def test_order_endpoint_lists_only_own_orders(api, user, product, payment_gateway):
    checkout(user, [(product.sku, 1)], card_token="tok_visa")
    other = User.objects.create_user(username="bob", password="another-test-password")
    checkout(other, [(product.sku, 1)], card_token="tok_visa")
    response = api.get(reverse("orders-list"))
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1


def test_login_view(client, user):
    response = client.post(reverse("login"), {"username": "alice", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert response.url == "/"


def test_anonymous_cannot_checkout(client, product):
    response = client.post(reverse("checkout"), {"sku": product.sku, "quantity": 1})
    assert response.status_code in (302, 403)
