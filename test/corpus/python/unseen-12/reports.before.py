import csv
import io
import os

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Report

REPORT_DIR = "/var/lib/app/reports"


@login_required
@require_GET
def report_index(request):
    reports = Report.objects.filter(owner=request.user).order_by("-created")[:50]
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
