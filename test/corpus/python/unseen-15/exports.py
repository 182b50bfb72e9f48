# corpus: path=billing/views/exports.py
import csv
import io
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_GET

from billing.models import Invoice

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


@login_required
@require_GET
def download_export(request):
    name = request.GET.get("file", "")
    path = os.path.join(EXPORT_DIR, name)
    if not os.path.exists(path):
        raise Http404("no such export")
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@login_required
@require_GET
def download_export_v2(request):
    name = get_valid_filename(request.GET.get("file", ""))
    path = os.path.join(EXPORT_DIR, request.user.username, name)
    if not os.path.isfile(path):
        raise Http404("no such export")
    return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal


@login_required
def invoice_totals(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cur:
        cur.execute(f"SELECT customer_id, SUM(total) FROM billing_invoice WHERE status = '{status}' GROUP BY customer_id")  # expect: sql-injection
        rows = cur.fetchall()
    return HttpResponse("\n".join(f"{c},{t}" for c, t in rows), content_type="text/csv")


@login_required
def invoice_totals_v2(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cur:
        cur.execute("SELECT customer_id, SUM(total) FROM billing_invoice WHERE status = %s GROUP BY customer_id", [status])  # ok: sql-injection
        rows = cur.fetchall()
    return HttpResponse("\n".join(f"{c},{t}" for c, t in rows), content_type="text/csv")


@login_required
def export_invoices_csv(request):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["number", "customer", "total", "status"])
    for inv in Invoice.objects.filter(owner=request.user).select_related("customer").order_by("-issued_at"):
        writer.writerow([inv.number, inv.customer.name, inv.total, inv.status])
    response = HttpResponse(buf.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="invoices.csv"'
    return response
