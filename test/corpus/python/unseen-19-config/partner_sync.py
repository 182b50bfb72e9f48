# corpus: path=inventory/integrations/partner_sync.py
"""Pulls stock levels from partner warehouses and pushes reservations back.

Partner API reference: http://docs.stockroom-logistics.com/api/v1/
"""
import base64
import logging
import os
import random
import time

import requests
import urllib3
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

PARTNER_CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/certs/partners.pem")
STOCKROOM_URL = "https://api.stockroom-logistics.com/v1"
LEGACY_DEPOT_URL = "http://depot.northwind-freight.com/soap/stock"  # expect: cleartext-http
LOCAL_MOCK_URL = "http://0.0.0.0:9100/stock"  # ok: cleartext-http
SHARED_KEY = base64.b64decode(os.environ["PARTNER_SHARED_KEY"])


def _session():
    session = requests.Session()
    session.headers["User-Agent"] = "inventory-sync/3.2"
    session.verify = PARTNER_CA_BUNDLE  # ok: tls-verify-disabled
    return session


def fetch_stock(sku_batch):
    response = _session().get(f"{STOCKROOM_URL}/stock", params={"sku": ",".join(sku_batch)}, timeout=20)
    response.raise_for_status()
    return response.json()["items"]


def fetch_legacy_stock(depot_id):
    # The depot's certificate expired in 2022 and they will not renew it.
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    response = requests.post(  # expect: tls-verify-disabled
        "https://depot-api.northwind-freight.com/stock",
        json={"depot": depot_id},
        verify=False,
        timeout=30,
    )
    return response.json()


def push_reservation(reservation):
    for attempt in range(5):
        try:
            response = _session().post(f"{STOCKROOM_URL}/reservations", json=reservation, timeout=20)
            response.raise_for_status()
            return response.json()
        except requests.RequestException as exc:
            log.warning("reservation push failed (attempt %s): %s", attempt, exc)
            time.sleep(2 ** attempt + random.random())  # ok: insecure-random
    raise RuntimeError("partner did not accept the reservation")


def seal_payload(plaintext: bytes) -> str:
    nonce = get_random_bytes(12)
    cipher = AES.new(SHARED_KEY, AES.MODE_GCM, nonce=nonce)  # ok: weak-cipher
    body, tag = cipher.encrypt_and_digest(plaintext)
    return base64.b64encode(nonce + tag + body).decode()


def seal_legacy_payload(plaintext: bytes) -> str:
    cipher = AES.new(SHARED_KEY, AES.MODE_ECB)  # expect: weak-cipher
    return base64.b64encode(cipher.encrypt(pad(plaintext, AES.block_size))).decode()


def open_depot_message(blob: str) -> bytes:
    cipher = DES.new(SHARED_KEY[:8], DES.MODE_CBC, iv=SHARED_KEY[8:16])  # expect: weak-cipher
    return unpad(cipher.decrypt(base64.b64decode(blob)), DES.block_size)


def sample_skus(all_skus, size=25):
    # Spot-check a random handful of SKUs against the partner each night.
    return random.sample(list(all_skus), min(size, len(all_skus)))  # ok: insecure-random
