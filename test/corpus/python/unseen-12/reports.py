import csv
import io
import os

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Report

REPORT_DIR = "/var/lib/app/reports"


@login_required
@require_GET
def report_index(request):
    order = request.GET.get("order", "-created")
    reports = Report.objects.filter(owner=request.user).order_by(order)[:50]
    return JsonResponse({"reports": [r.summary() for r in reports]})


@login_required
@require_GET
def report_csv(request, report_id):
    report = Report.objects.get(pk=report_id, owner=request.user)
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in report.rows():
        writer.writerow(row)
    return HttpResponse(buf.getvalue(), content_type="text/csv")


@login_required
@require_GET
def report_archive(request):
    name = request.GET["file"]
    full = os.path.join(REPORT_DIR, name)
    return FileResponse(open(full, "rb"))  # expect: path-traversal


@login_required
@require_GET
def report_stats(request):
    kind = request.GET.get("kind", "daily")
    with connection.cursor() as cur:
        cur.execute("SELECT day, total FROM report_stats WHERE kind = '" + kind + "' ORDER BY day")  # expect: sql-injection
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


@login_required
@require_GET
def report_stats_safe(request):
    kind = request.GET.get("kind", "daily")
    with connection.cursor() as cur:
        cur.execute("SELECT day, total FROM report_stats WHERE kind = %s ORDER BY day", [kind])  # ok: sql-injection
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})
