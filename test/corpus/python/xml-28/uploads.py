# corpus: path=reports/uploads/views.py
"""Django views that accept XML exports from accounting software."""
import xml.etree.ElementTree as ET
from xml.dom import minidom

from defusedxml.ElementTree import parse as safe_parse
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from reports.models import LedgerEntry


@login_required
@require_POST
def upload_ledger(request):
    upload = request.FILES["ledger"]
    tree = etree.parse(upload)  # expect: xxe
    entries = [
        LedgerEntry(account=row.findtext("account"), amount=row.findtext("amount"), owner=request.user)
        for row in tree.iterfind(".//entry")
    ]
    LedgerEntry.objects.bulk_create(entries)
    return JsonResponse({"imported": len(entries)})


@login_required
@require_POST
def upload_budget(request):
    tree = ET.parse(request.FILES["budget"])  # expect: xxe
    lines = {line.get("code"): line.get("amount") for line in tree.getroot().iter("line")}
    return JsonResponse({"lines": len(lines)})


@login_required
@require_POST
def upload_journal(request):
    count = 0
    for _event, elem in ET.iterparse(request.FILES["journal"], events=("end",)):  # expect: xxe
        if elem.tag == "entry":
            count += 1
            elem.clear()
    return JsonResponse({"entries": count})


@login_required
@require_POST
def upload_chart(request):
    doc = minidom.parse(request.FILES["chart"])  # expect: xxe
    accounts = [a.getAttribute("code") for a in doc.getElementsByTagName("account")]
    return JsonResponse({"accounts": accounts})


@login_required
@require_POST
def upload_ledger_safe(request):
    tree = safe_parse(request.FILES["ledger"], forbid_dtd=True)  # ok: xxe
    return JsonResponse({"rows": len(tree.getroot())})


@login_required
@require_POST
def upload_ledger_hardened(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(request.FILES["ledger"], parser)  # ok: xxe
    return JsonResponse({"rows": len(tree.getroot())})
