# corpus: path=shop/feeds/jobs.py
import logging

import defusedxml.ElementTree as DET
import requests
import xmltodict
from celery import shared_task
from flask import Blueprint, jsonify, request
from lxml import etree
from mako.lookup import TemplateLookup
from mako.template import Template

from .models import FeedItem, db

log = logging.getLogger(__name__)
bp = Blueprint("feeds", __name__, url_prefix="/feeds")
templates = TemplateLookup(directories=["feeds/templates"], default_filters=["h"])

PARTNER_FEEDS = {
    "acme": "https://feeds.acme.example/products.xml",
    "globex": "https://globex.example/export/catalog.xml",
}


@shared_task(bind=True, max_retries=3)
def import_partner_feed(self, partner):
    url = PARTNER_FEEDS[partner]
    resp = requests.get(url, timeout=20)
    resp.raise_for_status()
    root = DET.fromstring(resp.content)
    count = 0
    for node in root.iter("item"):
        db.session.add(FeedItem(partner=partner, sku=node.findtext("sku"), title=node.findtext("title")))
        count += 1
    db.session.commit()
    log.info("imported %d items from %s", count, partner)
    return count


@shared_task(bind=True, max_retries=3)
def import_custom_feed(self, url, summary_template):
    resp = requests.get(url, timeout=20)  # expect: ssrf
    resp.raise_for_status()
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)  # expect: xxe
    root = etree.fromstring(resp.content, parser)
    items = [{"sku": n.findtext("sku"), "title": n.findtext("title")} for n in root.iter("item")]
    for item in items:
        db.session.add(FeedItem(partner="custom", sku=item["sku"], title=item["title"]))
    db.session.commit()
    return Template(summary_template).render(items=items)  # expect: template-injection


@shared_task
def import_partner_json_mirror(partner):
    resp = requests.get(PARTNER_FEEDS[partner], timeout=20)  # ok: ssrf
    doc = xmltodict.parse(resp.text)  # ok: xxe
    strict = etree.fromstring(resp.content, etree.XMLParser(resolve_entities=False, no_network=True))  # ok: xxe
    log.info("mirror of %s has %d items, root %s", partner, len(doc.get("catalog", {}).get("item", [])), strict.tag)
    return templates.get_template("mirror_summary.mako").render(partner=partner, doc=doc)  # ok: template-injection


@bp.post("/import/<partner>")
def trigger_import(partner):
    if partner not in PARTNER_FEEDS:
        return jsonify({"error": "unknown partner"}), 404
    job = import_partner_feed.delay(partner)
    return jsonify({"job": job.id}), 202


@bp.post("/import-url")
def trigger_custom_import():
    payload = request.get_json(force=True)
    job = import_custom_feed.delay(payload["url"], payload.get("summary_template", "${len(items)} items imported"))
    return jsonify({"job": job.id}), 202
