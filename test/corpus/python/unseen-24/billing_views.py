# corpus: path=billing/views.py
import logging
import os
import subprocess
import tempfile
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .forms import CouponForm, InvoiceFilterForm
from .models import Coupon, Invoice

logger = logging.getLogger(__name__)

WKHTMLTOPDF = getattr(settings, "WKHTMLTOPDF_BINARY", "/usr/local/bin/wkhtmltopdf")


@login_required
@require_GET
def invoice_list(request):
    form = InvoiceFilterForm(request.GET)
    invoices = Invoice.objects.filter(account=request.user.account)
    if form.is_valid():
        if form.cleaned_data["status"]:
            invoices = invoices.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["min_total"] is not None:
            invoices = invoices.filter(total__gte=form.cleaned_data["min_total"])
    return render(request, "billing/invoice_list.html", {"invoices": invoices, "form": form})


@login_required
@require_GET
def revenue_by_month(request):
    year = request.GET.get("year", "2026")
    currency = request.GET.get("currency", "EUR")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT date_trunc('month', issued_at) AS m, SUM(total) FROM billing_invoice "
            "WHERE account_id = %s AND EXTRACT(YEAR FROM issued_at) = %s AND currency = %s GROUP BY m ORDER BY m",
            [request.user.account_id, year, currency],
        )  # ok: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"months": [[m.isoformat(), str(total)] for m, total in rows]})


@login_required
@require_GET
def overdue_report(request):
    days = request.GET.get("days", "30")
    region = request.GET.get("region", "")
    sql = (
        "SELECT id, number, total FROM billing_invoice WHERE status = 'open' "
        "AND due_at < now() - interval '%s days' AND region = '%s'" % (days, region)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def invoice_pdf(request, number):
    invoice = get_object_or_404(Invoice, number=number, account=request.user.account)
    html = render(request, "billing/invoice_print.html", {"invoice": invoice}).content
    with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as src:
        src.write(html)
    out = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    out.close()
    subprocess.run([WKHTMLTOPDF, "--quiet", src.name, out.name], check=True, timeout=60)  # ok: command-injection
    return FileResponse(open(out.name, "rb"), filename=f"invoice-{invoice.number}.pdf")


@login_required
def statement_pdf(request):
    page_size = request.GET.get("page_size", "A4")
    source_url = request.build_absolute_uri(f"/billing/statement/print?account={request.user.account_id}")
    target = os.path.join(tempfile.mkdtemp(), "statement.pdf")
    cmd = f"{WKHTMLTOPDF} --page-size {page_size} '{source_url}' {target}"
    subprocess.run(cmd, shell=True, check=True, timeout=60)  # expect: command-injection
    return FileResponse(open(target, "rb"), filename="statement.pdf")


@login_required
def coupon_preview(request):
    code = request.GET.get("code", "")
    coupon = Coupon.objects.filter(code__iexact=code).first()
    if coupon is None:
        return HttpResponse(f"<p class='error'>No coupon named {code}</p>", status=404)  # expect: xss
    label = format_html("<strong>{}</strong> – {}% off", coupon.code, coupon.percent)  # ok: xss
    return render(request, "billing/coupon_preview.html", {"label": label})


@login_required
def coupon_note(request, pk):
    coupon = get_object_or_404(Coupon, pk=pk)
    note = request.GET.get("note", "")
    banner = mark_safe("<div class='note'>" + note + "</div>")  # expect: xss
    safe_banner = mark_safe("<div class='note'>" + escape(coupon.description) + "</div>")  # ok: xss
    return render(request, "billing/coupon_note.html", {"banner": banner, "safe_banner": safe_banner})


@login_required
@require_POST
def apply_coupon(request, number):
    invoice = get_object_or_404(Invoice, number=number, account=request.user.account)
    form = CouponForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    coupon = form.cleaned_data["coupon"]
    invoice.total = (invoice.total * (Decimal(100) - coupon.percent) / Decimal(100)).quantize(Decimal("0.01"))
    invoice.save(update_fields=["total"])
    logger.info("coupon %s applied to invoice %s", coupon.code, invoice.number)
    return JsonResponse({"total": str(invoice.total)})


@login_required
def download_receipt(request, number):
    invoice = get_object_or_404(Invoice, number=number, account=request.user.account)
    if not invoice.receipt_path:
        raise Http404("no receipt")
    return FileResponse(open(invoice.receipt_path, "rb"), as_attachment=True)  # ok: path-traversal
