import logging

import defusedxml.ElementTree as DET
import requests
from celery import shared_task
from flask import Blueprint, jsonify, request
from mako.lookup import TemplateLookup

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


@bp.post("/import/<partner>")
def trigger_import(partner):
    if partner not in PARTNER_FEEDS:
        return jsonify({"error": "unknown partner"}), 404
    job = import_partner_feed.delay(partner)
    return jsonify({"job": job.id}), 202
