# corpus: path=feeds/importer.py
import logging
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from lxml import etree

from .models import FeedItem

log = logging.getLogger(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _items(root) -> list[dict]:
    out = []
    for node in root.iter("item"):
        out.append({"guid": node.findtext("guid"), "title": node.findtext("title") or "", "link": node.findtext("link")})
    return out


@csrf_exempt
@require_POST
def import_partner_feed(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: xxe
    root = etree.fromstring(request.body, parser)  # also: xxe
    items = _items(root)
    FeedItem.objects.bulk_create([FeedItem(**i) for i in items], ignore_conflicts=True)
    return JsonResponse({"imported": len(items)})


@csrf_exempt
@require_POST
def import_partner_feed_safe(request):
    root = etree.fromstring(request.body, SAFE_PARSER)  # ok: xxe
    items = _items(root)
    FeedItem.objects.bulk_create([FeedItem(**i) for i in items], ignore_conflicts=True)
    return JsonResponse({"imported": len(items)})


@csrf_exempt
@require_POST
def import_upload(request):
    upload = request.FILES["feed"]
    tree = etree.parse(upload, etree.XMLParser(no_network=False, resolve_entities=True))  # expect: xxe
    return JsonResponse({"imported": len(_items(tree.getroot()))})


@csrf_exempt
@require_POST
def import_upload_defused(request):
    tree = SafeET.parse(request.FILES["feed"])  # ok: xxe
    return JsonResponse({"imported": len(_items(tree.getroot()))})


@require_POST
def import_stdlib(request):
    root = ET.fromstring(request.body)  # expect: xxe
    return JsonResponse({"imported": len(_items(root))})

