# corpus: path=shop/services/invoices.py
"""Invoice generation for paid orders."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import CreditNote, Invoice, Order

log = logging.getLogger(__name__)

PAYMENT_TERMS = timedelta(days=30)
VAT_RATES = {"GB": Decimal("0.20"), "DE": Decimal("0.19"), "FR": Decimal("0.20"), "IE": Decimal("0.23")}
REVERSE_CHARGE = {"DE", "FR", "IE"}


@dataclass
class InvoiceTotals:
    net: Decimal
    vat: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


def totals_for(order: Order) -> InvoiceTotals:
    country = order.customer.country
    if order.customer.vat_number and country in REVERSE_CHARGE:
        # B2B inside the EU: the customer accounts for VAT, we invoice net
        return InvoiceTotals(net=order.total, vat=Decimal("0.00"))
    rate = VAT_RATES.get(country, Decimal("0"))
    net = order.total
    return InvoiceTotals(net=net, vat=(net * rate).quantize(Decimal("0.01")))


def next_number(session: Session, year: int, prefix: str = "INV") -> str:
    model = Invoice if prefix == "INV" else CreditNote
    last = session.scalar(select(model.number).where(model.year == year).order_by(model.number.desc()).limit(1))
    seq = int(last.split("-")[-1]) + 1 if last else 1
    return f"{prefix}-{year}-{seq:05d}"


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


def credit(session: Session, invoice: Invoice, amount: Decimal, reason: str, today: date | None = None) -> CreditNote:
    if amount <= 0:
        raise ValueError("credit amount must be positive")
    already = sum((c.net for c in invoice.credit_notes), Decimal("0"))
    if already + amount > invoice.net:
        raise ValueError(f"cannot credit {amount}: only {invoice.net - already} left on {invoice.number}")
    today = today or date.today()
    ratio = amount / invoice.net
    note = CreditNote(
        invoice=invoice,
        number=next_number(session, today.year, prefix="CRN"),
        year=today.year,
        issued_on=today,
        net=amount,
        vat=(invoice.vat * ratio).quantize(Decimal("0.01")),
        reason=reason,
    )
    session.add(note)
    log.info("credit note %s for %s against %s", note.number, amount, invoice.number)
    return note
