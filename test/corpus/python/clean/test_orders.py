# corpus: path=tests/services/test_orders.py
from decimal import Decimal

import pytest

from shop.models import Customer, Product
from shop.services.orders import LineRequest, OrderError, OrderService, Status


class FlatPrices:
    def unit_price(self, product, customer):
        return product.list_price

    def shipping(self, country, subtotal):
        return Decimal("0") if subtotal >= 50 else Decimal("4.95")


@pytest.fixture
def service(session):
    return OrderService(session, FlatPrices())


@pytest.fixture
def customer(session):
    c = Customer(name="Ada", email="ada@example.com", country="GB")
    session.add(c)
    session.flush()
    return c


@pytest.fixture
def products(session):
    items = [
        Product(sku="MUG-1", name="Mug", list_price=Decimal("9.50"), stock=10),
        Product(sku="TEE-M", name="T-shirt", list_price=Decimal("22.00"), stock=2),
    ]
    session.add_all(items)
    session.flush()
    return {p.sku: p for p in items}


def test_quote_adds_shipping_below_threshold(service, customer, products):
    quote = service.quote(customer, [LineRequest("MUG-1", 2)])
    assert quote.subtotal == Decimal("19.00")
    assert quote.shipping == Decimal("4.95")
    assert quote.total == Decimal("23.95")


def test_quote_free_shipping_above_threshold(service, customer, products):
    quote = service.quote(customer, [LineRequest("TEE-M", 2), LineRequest("MUG-1", 1)])
    assert quote.shipping == Decimal("0")
    assert quote.total == Decimal("53.50")


def test_unknown_sku_is_rejected(service, customer, products):
    with pytest.raises(OrderError, match="unknown products: NOPE"):
        service.quote(customer, [LineRequest("NOPE", 1)])


@pytest.mark.parametrize("qty", [0, -1])
def test_non_positive_quantity_is_rejected(service, customer, products, qty):
    with pytest.raises(OrderError, match="must be positive"):
        service.quote(customer, [LineRequest("MUG-1", qty)])


def test_place_reserves_stock(service, customer, products, session):
    order = service.place(customer, [LineRequest("TEE-M", 2)])
    assert order.status == Status.PLACED.value
    with pytest.raises(OrderError, match="only 0 of TEE-M left"):
        service.place(customer, [LineRequest("TEE-M", 1)])


def test_cancel_releases_stock(service, customer, products):
    order = service.place(customer, [LineRequest("TEE-M", 2)])
    service.transition(order, Status.CANCELLED)
    again = service.place(customer, [LineRequest("TEE-M", 2)])
    assert again.status == Status.PLACED.value


def test_shipped_orders_cannot_be_cancelled(service, customer, products):
    order = service.place(customer, [LineRequest("MUG-1", 1)])
    service.transition(order, Status.PAID)
    service.transition(order, Status.SHIPPED)
    with pytest.raises(OrderError, match="cannot move order"):
        service.transition(order, Status.CANCELLED)


def test_totals_by_status(service, customer, products):
    service.place(customer, [LineRequest("MUG-1", 1)])
    totals = service.totals_by_status([customer.id])
    assert totals == {"placed": Decimal("14.45")}
