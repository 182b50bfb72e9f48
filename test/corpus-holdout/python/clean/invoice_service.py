# corpus: path=billing/services/invoices.py
"""Invoice lifecycle: drafting, finalising, sending and marking paid."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from django.db import transaction
from django.utils import timezone

from billing.models import Customer, Invoice, InvoiceLine, Payment
from billing.notifications import send_invoice_email
from billing.tax import tax_rate_for

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
DEFAULT_TERMS_DAYS = 30


class InvoiceError(Exception):
    """Raised when an invoice cannot move to the requested state."""


@dataclass
class LineDraft:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_code: str = "standard"

    @property
    def net(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class InvoiceDraft:
    customer: Customer
    lines: list[LineDraft] = field(default_factory=list)
    terms_days: int = DEFAULT_TERMS_DAYS
    notes: str = ""

    def add(self, description: str, quantity: int | Decimal, unit_price: Decimal, tax_code: str = "standard") -> None:
        self.lines.append(LineDraft(description, Decimal(quantity), unit_price, tax_code))

    @property
    def net_total(self) -> Decimal:
        return sum((line.net for line in self.lines), Decimal("0"))


def compute_tax(lines: Iterable[LineDraft], country: str) -> Decimal:
    total = Decimal("0")
    for line in lines:
        rate = tax_rate_for(country, line.tax_code)
        total += (line.net * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return total


@transaction.atomic
def create_invoice(draft: InvoiceDraft, issued_on: date | None = None) -> Invoice:
    if not draft.lines:
        raise InvoiceError("an invoice needs at least one line")
    issued_on = issued_on or timezone.localdate()
    tax = compute_tax(draft.lines, draft.customer.country)
    invoice = Invoice.objects.create(
        customer=draft.customer,
        issued_on=issued_on,
        due_on=issued_on + timedelta(days=draft.terms_days),
        net_total=draft.net_total,
        tax_total=tax,
        gross_total=draft.net_total + tax,
        notes=draft.notes,
        status=Invoice.Status.DRAFT,
    )
    InvoiceLine.objects.bulk_create(
        [
            InvoiceLine(
                invoice=invoice,
                position=i,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_code=line.tax_code,
            )
            for i, line in enumerate(draft.lines, start=1)
        ]
    )
    log.info("created invoice %s for customer %s", invoice.pk, draft.customer.pk)
    return invoice


@transaction.atomic
def finalise(invoice: Invoice) -> Invoice:
    invoice = Invoice.objects.select_for_update().get(pk=invoice.pk)
    if invoice.status != Invoice.Status.DRAFT:
        raise InvoiceError(f"invoice {invoice.pk} is {invoice.status}, not draft")
    invoice.number = next_invoice_number(invoice.issued_on.year)
    invoice.status = Invoice.Status.OPEN
    invoice.save(update_fields=["number", "status"])
    transaction.on_commit(lambda: send_invoice_email.delay(invoice.pk))
    return invoice


def next_invoice_number(year: int) -> str:
    last = (
        Invoice.objects.filter(number__startswith=f"{year}-")
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    seq = int(last.split("-")[1]) + 1 if last else 1
    return f"{year}-{seq:05d}"


@transaction.atomic
def record_payment(invoice: Invoice, amount: Decimal, reference: str) -> Payment:
    invoice = Invoice.objects.select_for_update().get(pk=invoice.pk)
    if invoice.status not in (Invoice.Status.OPEN, Invoice.Status.OVERDUE):
        raise InvoiceError(f"cannot pay an invoice that is {invoice.status}")
    payment = Payment.objects.create(invoice=invoice, amount=amount, reference=reference)
    paid = sum(p.amount for p in invoice.payments.all())
    if paid >= invoice.gross_total:
        invoice.status = Invoice.Status.PAID
        invoice.paid_on = timezone.localdate()
        invoice.save(update_fields=["status", "paid_on"])
    return payment


def overdue(today: date | None = None) -> Sequence[Invoice]:
    today = today or timezone.localdate()
    return list(
        Invoice.objects.filter(status=Invoice.Status.OPEN, due_on__lt=today)
        .select_related("customer")
        .order_by("due_on")
    )


def mark_overdue(today: date | None = None) -> int:
    invoices = overdue(today)
    for invoice in invoices:
        invoice.status = Invoice.Status.OVERDUE
    Invoice.objects.bulk_update(invoices, ["status"])
    return len(invoices)
