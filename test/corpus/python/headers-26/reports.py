# corpus: path=reports/views.py
from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404

from .models import Report

FORMATS = {"csv": "text/csv", "json": "application/json", "txt": "text/plain"}


@login_required
def download_report(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    filename = request.GET.get("filename", f"report-{report.pk}.csv")
    response = HttpResponse(report.to_csv(), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'  # expect: header-injection
    return response


@login_required
def download_report_quoted(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    filename = request.GET.get("filename", f"report-{report.pk}.csv")
    response = HttpResponse(report.to_csv(), content_type="text/csv")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"  # ok: header-injection
    return response


@login_required
def render_report(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    return HttpResponse(report.body, content_type=request.GET.get("mime", "text/plain"))  # expect: header-injection


@login_required
def render_report_as(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    fmt = request.GET.get("format", "csv")
    content_type = FORMATS.get(fmt)
    if content_type is None:
        return HttpResponseBadRequest("unknown format")
    return HttpResponse(report.render(fmt), content_type=content_type)  # ok: header-injection


def embed(request, pk):
    report = get_object_or_404(Report, pk=pk, public=True)
    response = HttpResponse(report.html)
    parent = request.GET.get("parent", "'self'")
    response["Content-Security-Policy"] = f"frame-ancestors {parent}"  # expect: header-injection
    return response


def status(request):
    response = HttpResponse("ok", content_type="text/plain")
    response["X-Correlation-ID"] = request.META.get("HTTP_X_CORRELATION_ID", "")  # ok: header-injection
    response["X-Page"] = str(int(request.GET.get("page", "1")))  # ok: header-injection
    return response
