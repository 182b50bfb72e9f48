# corpus: path=integrations/partners.py
import os
import urllib.request
from urllib.parse import urlparse

import httpx
import requests
import urllib3
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

SHIPPING_API = "http://api.shipfast-logistics.com/v2"  # expect: cleartext-http
TAX_API = "https://tax.example-partner.com/v1"
ALLOWED_FEED_HOSTS = {"feeds.example.com", "status.example.com"}
http = urllib3.PoolManager()


def quote_shipping(weight: float) -> dict:
    return requests.get(f"{SHIPPING_API}/quote", params={"kg": weight}, timeout=10).json()


def quote_tax(amount: float) -> dict:
    return requests.get(f"{TAX_API}/rates", params={"amount": amount}, timeout=10).json()  # ok: cleartext-http


def push_inventory(payload: dict) -> None:
    httpx.post("http://inventory.partner-warehouse.net/api/push", json=payload, timeout=10)  # expect: cleartext-http


def fetch_metrics() -> bytes:
    return http.request("GET", "http://metrics.vendor-analytics.io/export.csv").data  # expect: cleartext-http


def fetch_local_health() -> int:
    return requests.get("http://localhost:8080/healthz", timeout=2).status_code  # ok: cleartext-http


client = httpx.Client(base_url="http://billing.acme-partners.com", timeout=10)  # expect: cleartext-http


@require_GET
def fetch_feed(request):
    feed_url = request.GET["url"]
    with urllib.request.urlopen(feed_url, timeout=10) as resp:  # expect: ssrf
        return JsonResponse({"size": len(resp.read())})


@require_GET
def fetch_feed_checked(request):
    feed_url = request.GET["url"]
    if urlparse(feed_url).hostname not in ALLOWED_FEED_HOSTS:
        return JsonResponse({"error": "host not allowed"}, status=400)
    with urllib.request.urlopen(feed_url, timeout=10) as resp:  # ok: ssrf
        return JsonResponse({"size": len(resp.read())})


@require_POST
def test_webhook(request):
    target = request.POST.get("endpoint")
    resp = requests.request("POST", target, json={"ping": True}, timeout=5)  # expect: ssrf
    return JsonResponse({"status": resp.status_code})


@require_GET
def proxy_image(request):
    host = request.GET.get("host")
    r = http.request("GET", "https://" + host + "/logo.png")  # expect: ssrf
    return JsonResponse({"bytes": len(r.data)})


@require_GET
def tracking(request):
    number = request.GET.get("n", "")
    r = requests.get(f"{TAX_API}/track", params={"n": number}, timeout=5)  # ok: ssrf
    return JsonResponse(r.json())


@require_GET
def tracking_session(request):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["PARTNER_TOKEN"]
    r = session.get(request.GET["next_page"], timeout=5)  # expect: ssrf
    return JsonResponse(r.json())
