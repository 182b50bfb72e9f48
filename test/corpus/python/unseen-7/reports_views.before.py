import hashlib

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html

from .models import Report


@login_required
def report_detail(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    return render(request, "reports/detail.html", {"report": report})


@login_required
def report_title(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    return HttpResponse(format_html("<h1>{}</h1>", report.title))


@login_required
def report_checksum(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    digest = hashlib.sha256(report.body.encode()).hexdigest()
    return HttpResponse(digest, content_type="text/plain")


@login_required
def back_to_list(request):
    return HttpResponseRedirect("/reports/")
