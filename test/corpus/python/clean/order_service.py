# corpus: path=shop/services/orders.py
"""Order placement and fulfilment rules.

The service owns every state transition of an order; views and tasks call it and never touch
`Order.status` directly, so the audit trail stays complete.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Customer, Order, OrderLine, Product, StockReservation
from .events import publish
from .pricing import PriceBook

log = logging.getLogger(__name__)

CENT = Decimal("0.01")


class OrderError(Exception):
    """Raised for orders that cannot be placed as requested."""


class Status(str, Enum):
    DRAFT = "draft"
    PLACED = "placed"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


ALLOWED = {
    Status.DRAFT: {Status.PLACED, Status.CANCELLED},
    Status.PLACED: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: set(),
    Status.CANCELLED: set(),
}


@dataclass(frozen=True)
class LineRequest:
    sku: str
    quantity: int


@dataclass
class Quote:
    lines: list[tuple[Product, int, Decimal]] = field(default_factory=list)
    shipping: Decimal = Decimal("0")

    @property
    def subtotal(self) -> Decimal:
        return sum((price * qty for _, qty, price in self.lines), Decimal("0"))

    @property
    def total(self) -> Decimal:
        return (self.subtotal + self.shipping).quantize(CENT, rounding=ROUND_HALF_UP)


class OrderService:
    def __init__(self, session: Session, prices: PriceBook):
        self.session = session
        self.prices = prices

    def quote(self, customer: Customer, requests: Sequence[LineRequest]) -> Quote:
        if not requests:
            raise OrderError("an order needs at least one line")
        skus = [r.sku for r in requests]
        products = {p.sku: p for p in self.session.scalars(select(Product).where(Product.sku.in_(skus)))}
        missing = sorted(set(skus) - products.keys())
        if missing:
            raise OrderError(f"unknown products: {', '.join(missing)}")
        quote = Quote()
        for req in requests:
            if req.quantity <= 0:
                raise OrderError(f"quantity for {req.sku} must be positive")
            product = products[req.sku]
            quote.lines.append((product, req.quantity, self.prices.unit_price(product, customer)))
        quote.shipping = self.prices.shipping(customer.country, quote.subtotal)
        return quote

    def place(self, customer: Customer, requests: Sequence[LineRequest]) -> Order:
        quote = self.quote(customer, requests)
        order = Order(customer=customer, status=Status.PLACED.value, total=quote.total, shipping=quote.shipping)
        for product, qty, price in quote.lines:
            order.lines.append(OrderLine(product=product, quantity=qty, unit_price=price))
            self._reserve(product, qty, order)
        self.session.add(order)
        self.session.flush()
        publish("order.placed", {"order_id": order.id, "total": str(order.total)})
        log.info("order %s placed by customer %s", order.id, customer.id)
        return order

    def transition(self, order: Order, target: Status) -> None:
        current = Status(order.status)
        if target not in ALLOWED[current]:
            raise OrderError(f"cannot move order {order.id} from {current.value} to {target.value}")
        order.status = target.value
        if target is Status.CANCELLED:
            self._release(order)
        publish(f"order.{target.value}", {"order_id": order.id})

    def _reserve(self, product: Product, qty: int, order: Order) -> None:
        reserved = self.session.scalar(
            select(func.coalesce(func.sum(StockReservation.quantity), 0)).where(StockReservation.product_id == product.id)
        )
        if product.stock - reserved < qty:
            raise OrderError(f"only {product.stock - reserved} of {product.sku} left")
        self.session.add(StockReservation(product=product, quantity=qty, order=order))

    def _release(self, order: Order) -> None:
        for reservation in list(order.reservations):
            self.session.delete(reservation)

    def totals_by_status(self, customers: Iterable[int]) -> dict[str, Decimal]:
        rows = self.session.execute(
            select(Order.status, func.sum(Order.total)).where(Order.customer_id.in_(list(customers))).group_by(Order.status)
        )
        return {status: total or Decimal("0") for status, total in rows}
