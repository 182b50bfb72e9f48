# corpus: path=reports/views.py
import hashlib

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Engine, Template
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

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
def report_heading(request, pk):
    heading = request.GET.get("heading", "")
    return HttpResponse(format_html(f"<h2>{heading}</h2>"))  # expect: xss


@login_required
def report_note(request, pk):
    note = request.GET.get("note", "")
    html = mark_safe("<p class='note'>" + note + "</p>")  # expect: xss
    return render(request, "reports/note.html", {"note": html})


@login_required
def report_caption(request, pk):
    caption = escape(request.GET.get("caption", ""))
    return render(request, "reports/note.html", {"note": mark_safe(f"<figcaption>{caption}</figcaption>")})  # ok: xss


@login_required
def report_search(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>No reports match <b>{q}</b></p>")  # expect: xss


@login_required
def report_export(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    return HttpResponse(report.csv(), content_type="text/csv")


@login_required
def custom_layout(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    layout = request.POST.get("layout", "{{ report.title }}")
    return HttpResponse(Template(layout).render(Context({"report": report})))  # expect: template-injection


@login_required
def engine_layout(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    source = request.POST["source"]
    tpl = Engine.get_default().from_string(source)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"report": report})))


@login_required
def default_layout(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    tpl = Template("<h1>{{ report.title }}</h1>{{ report.summary }}")  # ok: template-injection
    return HttpResponse(tpl.render(Context({"report": report})))


@login_required
def report_checksum(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    digest = hashlib.sha256(report.body.encode()).hexdigest()
    return HttpResponse(digest, content_type="text/plain")


@login_required
def share_token(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    token = hashlib.sha1(f"{report.pk}:{settings.SECRET_KEY}".encode()).hexdigest()  # expect: weak-hash
    return HttpResponse(token, content_type="text/plain")


@login_required
def back_to_list(request):
    next_url = request.GET.get("next", "")
    if next_url.startswith("/"):
        return HttpResponseRedirect(next_url)  # expect: open-redirect
    return HttpResponseRedirect("/reports/")


@login_required
def back_to_report(request, pk):
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # ok: open-redirect
    return redirect("reports:detail", pk=pk)
