# corpus: path=intranet/directory/views.py
import base64
import json
import pickle

import bleach
import jsonpickle
import ldap
from ldap.filter import escape_filter_chars
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import Employee, SavedView

BIO_TAGS = ["p", "a", "em", "strong", "ul", "li"]


def _ldap():
    conn = ldap.initialize(settings.LDAP_URI)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return conn


@login_required
@require_GET
def lookup(request):
    uid = request.GET.get("uid", "")
    conn = _ldap()
    results = conn.search_s(
        settings.LDAP_BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"]  # expect: ldap-injection
    )
    return JsonResponse({"results": [attrs for _, attrs in results]})


@login_required
@require_GET
def lookup_safe(request):
    uid = escape_filter_chars(request.GET.get("uid", ""))
    conn = _ldap()
    results = conn.search_s(
        settings.LDAP_BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"]  # ok: ldap-injection
    )
    return JsonResponse({"results": [attrs for _, attrs in results]})


@login_required
def profile(request, username):
    employee = Employee.objects.filter(username=username).first()
    if employee is None:
        raise Http404
    bio = mark_safe(bleach.clean(employee.bio_html, tags=BIO_TAGS, strip=True))  # ok: xss
    badge = format_html('<span class="badge">{}</span>', request.GET.get("badge", ""))  # ok: xss
    return render(request, "directory/profile.html", {"employee": employee, "bio": bio, "badge": badge})


@login_required
def greet(request):
    name = request.GET.get("name", "colleague")
    banner = mark_safe(f"<div class='hello'>Hello, {name}!</div>")  # expect: xss
    return render(request, "directory/greet.html", {"banner": banner})


@login_required
def team(request):
    dept = request.GET.get("dept", "")
    people = Employee.objects.raw(
        "SELECT * FROM directory_employee WHERE department = '" + dept + "'"  # expect: sql-injection
    )
    return render(request, "directory/team.html", {"people": people})


@login_required
def team_safe(request):
    dept = request.GET.get("dept", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, full_name FROM directory_employee WHERE department = %s", [dept])  # ok: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"people": rows})


@login_required
@require_POST
def restore_view(request):
    blob = request.COOKIES.get("saved_view", "")
    state = pickle.loads(base64.b64decode(blob))  # expect: unsafe-deserialization
    return JsonResponse({"filters": state.get("filters", {})})


@login_required
@require_POST
def import_view(request):
    view = jsonpickle.decode(request.body)  # expect: unsafe-deserialization
    SavedView.objects.create(owner=request.user, name=view.name, filters=view.filters)
    return JsonResponse({"ok": True}, status=201)


@login_required
@require_POST
def import_view_json(request):
    try:
        data = json.loads(request.body)  # ok: unsafe-deserialization
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    SavedView.objects.create(owner=request.user, name=data["name"], filters=data.get("filters", {}))
    return JsonResponse({"ok": True}, status=201)


@login_required
def switch_view(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    return redirect(next_url)  # ok: open-redirect


@login_required
def export_vcard(request, username):
    employee = Employee.objects.get(username=username)
    card = f"BEGIN:VCARD\nFN:{employee.full_name}\nEMAIL:{employee.email}\nEND:VCARD\n"
    response = HttpResponse(card, content_type="text/vcard")  # ok: xss
    response["Content-Disposition"] = f'attachment; filename="{employee.username}.vcf"'
    return response
