# corpus: path=billing/views.py
import csv
import logging
import os
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from .forms import InvoiceFilterForm
from .models import Customer, Invoice, LineItem

logger = logging.getLogger(__name__)

PAGE_SIZE = 25
EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


def _money(value):
    return f"{Decimal(value):.2f}"


@login_required
@require_GET
def invoice_list(request):
    form = InvoiceFilterForm(request.GET or None)
    invoices = Invoice.objects.filter(customer__account=request.user.account).order_by("-issued_on")
    if form.is_valid():
        if form.cleaned_data["status"]:
            invoices = invoices.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["since"]:
            invoices = invoices.filter(issued_on__gte=form.cleaned_data["since"])
    page = Paginator(invoices, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "billing/invoice_list.html", {"page": page, "form": form})


@login_required
def invoice_pdf(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, customer__account=request.user.account)
    if not invoice.pdf:
        raise Http404("No PDF yet")
    return FileResponse(invoice.pdf.open("rb"), filename=f"invoice-{invoice.number}.pdf")  # ok: path-traversal


@login_required
def download_export(request):
    name = request.GET.get("file", "")
    full_path = os.path.join(EXPORT_DIR, name)
    if not os.path.exists(full_path):
        raise Http404("Export not found")
    return FileResponse(open(full_path, "rb"), as_attachment=True)  # expect: path-traversal


@login_required
def revenue_by_month(request):
    year = int(request.GET.get("year", date.today().year))
    currency = request.GET.get("currency", "EUR")
    with connection.cursor() as cursor:
        cursor.execute(  # ok: sql-injection
            "SELECT strftime('%%m', issued_on) AS month, SUM(total) FROM billing_invoice "
            "WHERE strftime('%%Y', issued_on) = %s AND currency = %s GROUP BY month",
            [str(year), currency],
        )
        rows = cursor.fetchall()
    return JsonResponse({"year": year, "months": [{"month": m, "total": _money(t)} for m, t in rows]})


@login_required
def overdue_report(request):
    region = request.GET.get("region", "all")
    query = (
        "SELECT c.name, SUM(i.total) FROM billing_invoice i JOIN billing_customer c ON c.id = i.customer_id "
        f"WHERE i.status = 'overdue' AND c.region = '{region}' GROUP BY c.name"
    )
    rows = Customer.objects.raw(query)  # expect: sql-injection
    return render(request, "billing/overdue.html", {"rows": rows, "region": region})


@login_required
def export_csv(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="invoices.csv"'
    writer = csv.writer(response)
    writer.writerow(["number", "customer", "issued_on", "total"])
    for invoice in Invoice.objects.filter(customer__account=request.user.account).select_related("customer"):
        writer.writerow([invoice.number, invoice.customer.name, invoice.issued_on.isoformat(), _money(invoice.total)])
    return response


@login_required
@require_POST
def mark_paid(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, customer__account=request.user.account)
    invoice.status = "paid"
    invoice.save(update_fields=["status"])
    logger.info("invoice %s marked paid by %s", invoice.number, request.user.pk)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # ok: open-redirect
    return redirect("billing:invoice_list")


@login_required
@require_POST
def void_invoice(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, customer__account=request.user.account)
    invoice.status = "void"
    invoice.save(update_fields=["status"])
    LineItem.objects.filter(invoice=invoice).update(voided=True)
    return redirect(request.POST.get("return_to", "/billing/"))  # expect: open-redirect
