# corpus: path=sync/partners.py
import logging
import random
from urllib.parse import urljoin

import urllib3
from celery import shared_task

from .models import Partner

log = logging.getLogger(__name__)
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3, read=10))

INVENTORY_API = "http://inventory.partner-hub.net/api/"  # expect: cleartext-http
PRICING_API = "https://pricing.partner-hub.net/api/"


@shared_task(bind=True, max_retries=5)
def sync_inventory(self, partner_id: int) -> int:
    partner = Partner.objects.get(pk=partner_id)
    resp = http.request("GET", urljoin(INVENTORY_API, f"stock/{partner.code}"))  # also: cleartext-http
    if resp.status >= 500:
        raise self.retry(countdown=2 ** self.request.retries + random.random())  # ok: insecure-random
    return len(resp.data)


@shared_task
def sync_prices(partner_id: int) -> int:
    partner = Partner.objects.get(pk=partner_id)
    resp = http.request("GET", urljoin(PRICING_API, f"prices/{partner.code}"))  # ok: cleartext-http, ssrf
    return len(resp.data)


def pick_canary(partners: list[Partner]) -> Partner:
    return random.choice(partners)  # ok: insecure-random
