"""Invoice generation for paid orders."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Invoice, Order

log = logging.getLogger(__name__)

PAYMENT_TERMS = timedelta(days=30)
VAT_RATES = {"GB": Decimal("0.20"), "DE": Decimal("0.19"), "FR": Decimal("0.20"), "IE": Decimal("0.23")}


@dataclass
class InvoiceTotals:
    net: Decimal
    vat: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


def totals_for(order: Order) -> InvoiceTotals:
    rate = VAT_RATES.get(order.customer.country, Decimal("0"))
    net = order.total
    return InvoiceTotals(net=net, vat=(net * rate).quantize(Decimal("0.01")))


def next_number(session: Session, year: int) -> str:
    last = session.scalar(select(Invoice.number).where(Invoice.year == year).order_by(Invoice.number.desc()).limit(1))
    seq = int(last.split("-")[-1]) + 1 if last else 1
    return f"INV-{year}-{seq:05d}"


def create_invoice(session: Session, order: Order, today: date | None = None) -> Invoice:
    today = today or date.today()
    totals = totals_for(order)
    invoice = Invoice(
        order=order,
        number=next_number(session, today.year),
        year=today.year,
        issued_on=today,
        due_on=today + PAYMENT_TERMS,
        net=totals.net,
        vat=totals.vat,
    )
    session.add(invoice)
    log.info("invoice %s issued for order %s", invoice.number, order.id)
    return invoice
