# corpus: path=integrations/partner_sync.py
"""Pulls order status from partner warehouses that only speak XML."""
import logging
import xml.sax
import xml.etree.ElementTree as ET

import requests
from defusedxml import minidom as safe_minidom
from defusedxml.sax import parseString as safe_parse_string
from lxml import etree

from integrations.models import Shipment

log = logging.getLogger(__name__)

TIMEOUT = 10


class _StatusHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.statuses = {}
        self._current = None

    def startElement(self, name, attrs):
        if name == "shipment":
            self._current = attrs.get("id")

    def characters(self, content):
        if self._current and content.strip():
            self.statuses[self._current] = content.strip()
            self._current = None


def fetch_statuses(partner):
    resp = requests.get(partner.status_url, timeout=TIMEOUT, auth=(partner.user, partner.password))
    resp.raise_for_status()
    root = etree.fromstring(resp.content)  # expect: xxe
    return {node.get("id"): node.findtext("status") for node in root.iter("shipment")}


def fetch_tracking(partner, tracking_number):
    resp = requests.get(f"{partner.api_base}/tracking/{tracking_number}", timeout=TIMEOUT)
    resp.raise_for_status()
    root = ET.fromstring(resp.text)  # expect: xxe
    return [event.findtext("description") for event in root.iter("event")]


def fetch_manifest(partner):
    resp = requests.get(partner.manifest_url, timeout=TIMEOUT)
    handler = _StatusHandler()
    xml.sax.parseString(resp.content, handler)  # expect: xxe
    return handler.statuses


def fetch_manifest_safely(partner):
    resp = requests.get(partner.manifest_url, timeout=TIMEOUT)
    handler = _StatusHandler()
    safe_parse_string(resp.content, handler)  # ok: xxe
    return handler.statuses


def fetch_invoice(partner, number):
    resp = requests.get(f"{partner.api_base}/invoices/{number}", timeout=TIMEOUT)
    doc = safe_minidom.parseString(resp.content)  # ok: xxe
    return doc.getElementsByTagName("total")[0].firstChild.data


def build_request(shipments):
    envelope = ET.Element("request")
    for shipment in shipments:
        ET.SubElement(envelope, "shipment", id=str(shipment.id))
    body = ET.tostring(envelope, encoding="unicode")
    check = ET.fromstring(body)  # ok: xxe
    log.debug("built request with %d shipments", len(check))
    return body


def sync_all(partners):
    for partner in partners:
        try:
            statuses = fetch_statuses(partner)
        except requests.RequestException:
            log.warning("partner %s unreachable", partner.code)
            continue
        for shipment in Shipment.objects.filter(partner=partner, external_id__in=statuses):
            shipment.status = statuses[shipment.external_id]
            shipment.save(update_fields=["status"])
