# corpus: path=partners/views.py
import defusedxml.ElementTree as SafeET
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARTNER_FEED = "https://partner.example.com/feed.xml"


@require_POST
def sync_partner(request):
    raw = requests.get(PARTNER_FEED, timeout=10).content
    root = SafeET.fromstring(raw)
    return JsonResponse({"items": len(root)})


@require_POST
def upload_feed(request):
    raw = request.FILES["feed"].read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(raw, parser)  # also: xxe
    return JsonResponse({"items": len(root)})


@require_POST
def fetch_feed(request):
    feed = request.POST.get("feed_url", PARTNER_FEED)
    raw = requests.get(feed, timeout=10).content  # expect: ssrf
    return JsonResponse({"items": len(SafeET.fromstring(raw))})  # ok: xxe
