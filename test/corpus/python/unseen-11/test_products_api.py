# corpus: path=tests/test_products_api.py
from decimal import Decimal
from unittest import mock

import pytest
from django.urls import reverse

from catalog.models import Product, Review

pytestmark = pytest.mark.django_db


def test_list_only_published(api, product, category):
    Product.objects.create(sku="HOE01", title="Hoe", category=category, price="9.00")
    resp = api.get(reverse("api:product-list"))
    assert resp.status_code == 200
    assert [p["sku"] for p in resp.json()["results"]] == ["RAKE01"]


def test_product_detail_has_rating(api, product, user):
    Review.objects.create(product=product, author=user, rating=4, body="Sturdy and light")
    resp = api.get(reverse("api:product-detail", args=[product.pk]))
    assert resp.json()["rating"] == 4.0


@pytest.mark.parametrize("rating", [0, 6])
def test_review_rating_bounds(api, product, rating):
    resp = api.post(reverse("api:product-reviews", args=[product.pk]), {"rating": rating, "body": "meh it is ok"})
    assert resp.status_code == 400


def test_reserve_decrements_stock(product):
    product.reserve(5)
    assert product.stock == 7
    with pytest.raises(ValueError):
        product.reserve(100)


def test_etag_changes_with_price(product):
    before = product.etag()
    product.price = Decimal("21.00")
    product.save()
    assert product.etag() != before


def test_register_hashes_password(client):
    resp = client.post(reverse("api:register"), {"username": "carol", "email": "c@example.com", "password": "hunter2hunter2"})
    assert resp.status_code == 201
    from django.contrib.auth import get_user_model

    carol = get_user_model().objects.get(username="carol")
    assert carol.password != "hunter2hunter2"
    assert carol.check_password("hunter2hunter2")


def test_charge_retries(monkeypatch):
    from orders import service

    calls = []

    def fake_post(*args, **kwargs):
        calls.append(kwargs)
        raise service.httpx.ConnectError("down")

    monkeypatch.setattr(service.httpx, "post", fake_post)
    monkeypatch.setattr(service.time, "sleep", lambda s: None)
    order = mock.Mock(id=7, total=10)
    with pytest.raises(service.HTTPException):
        service.charge(order, attempts=3)
    assert len(calls) == 3
    assert calls[0]["headers"]["Idempotency-Key"] == calls[1]["headers"]["Idempotency-Key"]


def test_import_command(supplier_csv, tmp_path):
    from django.core.management import call_command

    call_command("import_products", str(supplier_csv), "--archive-dir", str(tmp_path / "archive"))
    assert Product.objects.filter(sku="SPADE1").exists()
    assert (tmp_path / "archive" / "supplier.csv.gz").exists()
