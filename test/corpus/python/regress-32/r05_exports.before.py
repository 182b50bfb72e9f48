import csv
import json
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from .models import Report

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


def _rows_for(report):
    return [
        [line.label, line.amount, line.period.isoformat()]
        for line in report.lines.order_by("period")
    ]


@login_required
@require_POST
def export_report(request, report_id):
    report = Report.objects.filter(pk=report_id, team__members=request.user).first()
    if report is None:
        raise Http404
    name = request.POST.get("name") or f"report-{report.pk}"
    fmt = request.POST.get("format", "csv")
    os.makedirs(EXPORT_DIR, exist_ok=True)
    rows = _rows_for(report)

    if fmt == "csv":
        path = os.path.join(EXPORT_DIR, f"report-{report.pk}.csv")
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["label", "amount", "period"])
            writer.writerows(rows)
    elif fmt == "json":
        path = os.path.join(EXPORT_DIR, f"report-{report.pk}.json")
        with open(path, "w") as fh:
            json.dump([dict(zip(["label", "amount", "period"], r)) for r in rows], fh)
    else:
        return JsonResponse({"error": "unknown format"}, status=400)

    report.last_export = os.path.basename(path)
    report.save(update_fields=["last_export"])
    return JsonResponse({"file": report.last_export, "title": name})


@login_required
def download_export(request, report_id):
    report = Report.objects.filter(pk=report_id, team__members=request.user).first()
    if report is None or not report.last_export:
        raise Http404
    path = os.path.join(EXPORT_DIR, os.path.basename(report.last_export))
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True, filename=report.last_export)
