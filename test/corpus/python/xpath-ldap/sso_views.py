# corpus: path=sso/views.py
import re

import ldap
import ldap.filter
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

UID_RE = re.compile(r"[a-z][a-z0-9._-]{1,31}")


def _ldap():
    conn = ldap.initialize(settings.AUTH_LDAP_SERVER_URI)
    conn.protocol_version = ldap.VERSION3
    conn.simple_bind_s(settings.AUTH_LDAP_BIND_DN, settings.AUTH_LDAP_BIND_PASSWORD)
    return conn


@require_POST
def check_username(request):
    username = request.POST.get("username", "").strip()
    conn = _ldap()
    found = conn.search_st(settings.LDAP_PEOPLE_BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % username, ["uid"], timeout=5)  # expect: ldap-injection
    return JsonResponse({"taken": bool(found)})


@require_GET
def lookup_phone(request):
    phone = request.GET.get("phone", "")
    conn = _ldap()
    escaped = ldap.filter.escape_filter_chars(phone)
    rows = conn.search_s(settings.LDAP_PEOPLE_BASE, ldap.SCOPE_SUBTREE, "(telephoneNumber=*%s)" % escaped, ["cn"])  # ok: ldap-injection
    return JsonResponse({"names": [a["cn"][0].decode() for _, a in rows]})


@require_GET
def profile(request, uid):
    if not UID_RE.fullmatch(uid):
        return HttpResponseBadRequest("bad uid")
    conn = _ldap()
    rows = conn.search_s(settings.LDAP_PEOPLE_BASE, ldap.SCOPE_BASE, f"(uid={uid})", ["cn", "mail"])  # ok: ldap-injection
    return JsonResponse({"entries": len(rows)})


@require_GET
def search_groups(request):
    name = request.GET["name"]
    owner = request.GET.get("owner")
    parts = ["(objectClass=groupOfNames)", "(cn=%s*)" % name]
    if owner:
        parts.append("(owner=uid=%s,%s)" % (owner, settings.LDAP_PEOPLE_BASE))
    query = "(&" + "".join(parts) + ")"
    conn = _ldap()
    rows = conn.search_s(settings.LDAP_GROUP_BASE, ldap.SCOPE_SUBTREE, query, ["cn"])  # expect: ldap-injection
    return JsonResponse({"groups": [a["cn"][0].decode() for _, a in rows]})


@require_GET
def list_departments(request):
    conn = _ldap()
    rows = conn.search_s(settings.LDAP_ORG_BASE, ldap.SCOPE_ONELEVEL, "(objectClass=organizationalUnit)", ["ou"])  # ok: ldap-injection
    return JsonResponse({"departments": sorted(a["ou"][0].decode() for _, a in rows)})


def paged_people(conn, department):
    return conn.extend.standard.paged_search(  # expect: ldap-injection
        search_base="ou=people,dc=example,dc=org",
        search_filter="(&(objectClass=person)(ou=%s))" % department,
        attributes=["uid"],
        paged_size=200,
        generator=False,
    )
