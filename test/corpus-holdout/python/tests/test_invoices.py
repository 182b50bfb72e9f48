# corpus: path=tests/billing/test_invoices.py
from datetime import date, timedelta
from decimal import Decimal

import pytest

from billing.models import Invoice
from billing.services.invoices import InvoiceDraft, InvoiceError, create_invoice, finalise, mark_overdue, record_payment

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer(customer_factory):
    return customer_factory(country="DE")


@pytest.fixture
def draft(customer):
    d = InvoiceDraft(customer=customer)
    d.add("Consulting", 10, Decimal("120.00"))
    d.add("Travel", 1, Decimal("80.50"), tax_code="reduced")
    return d


def test_create_invoice_totals(draft):
    invoice = create_invoice(draft, issued_on=date(2024, 3, 1))
    assert invoice.net_total == Decimal("1280.50")
    assert invoice.gross_total == invoice.net_total + invoice.tax_total
    assert invoice.due_on == date(2024, 3, 31)
    assert invoice.lines.count() == 2


def test_empty_draft_is_rejected(customer):
    with pytest.raises(InvoiceError):
        create_invoice(InvoiceDraft(customer=customer))


def test_finalise_numbers_sequentially(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        first = finalise(create_invoice(draft, issued_on=date(2024, 1, 5)))
        second = finalise(create_invoice(draft, issued_on=date(2024, 1, 6)))
    assert first.number == "2024-00001"
    assert second.number == "2024-00002"


def test_finalise_twice_fails(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        invoice = finalise(create_invoice(draft))
        with pytest.raises(InvoiceError):
            finalise(invoice)


def test_full_payment_marks_paid(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        invoice = finalise(create_invoice(draft))
    record_payment(invoice, invoice.gross_total, "bank-123")
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.PAID


def test_partial_payment_keeps_open(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        invoice = finalise(create_invoice(draft))
    record_payment(invoice, Decimal("10.00"), "bank-124")
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.OPEN


@pytest.mark.parametrize("days_late, expected", [(0, 0), (1, 1), (40, 1)])
def test_mark_overdue(draft, django_capture_on_commit_callbacks, days_late, expected):
    with django_capture_on_commit_callbacks(execute=False):
        invoice = finalise(create_invoice(draft, issued_on=date(2024, 1, 1)))
    assert mark_overdue(today=invoice.due_on + timedelta(days=days_late)) == expected
