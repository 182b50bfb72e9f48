# corpus: path=portal/views/navigation.py
"""Return-to handling for the customer portal, with the URL checks kept in small helpers."""
from urllib.parse import urlparse

import requests
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

PORTAL_HOSTS = {"portal.example.com", "billing.example.com"}


def is_safe_return_url(url):
    return url.startswith("https://portal.example.com")


def is_trusted_partner(url):
    return "partner.example.net" in url


def is_allowed_host(url):
    host = urlparse(url).hostname or ""
    return host in PORTAL_HOSTS


def is_company_domain(url):
    host = urlparse(url).hostname or ""
    return host == "example.com" or host.endswith(".example.com")


@require_GET
def back_to_portal(request):
    target = request.GET.get("return_to", "/")
    if is_safe_return_url(target):
        return HttpResponseRedirect(target)  # expect: open-redirect
    return redirect("portal:home")


@require_GET
def partner_handoff(request):
    target = request.GET.get("partner_url", "")
    if not is_trusted_partner(target):
        return redirect("portal:home")
    return HttpResponseRedirect(target)  # expect: open-redirect


@require_GET
def back_to_billing(request):
    target = request.GET.get("return_to", "/")
    if is_allowed_host(target):
        return HttpResponseRedirect(target)  # ok: open-redirect
    return redirect("portal:home")


@require_GET
def status_probe(request):
    url = request.GET.get("url", "")
    if not is_company_domain(url):
        return JsonResponse({"error": "unsupported host"}, status=400)
    resp = requests.get(url, timeout=5)  # ok: ssrf
    return JsonResponse({"status": resp.status_code})
