# corpus: path=billing/payments_client.py
import logging
import os

import requests
import stripe

log = logging.getLogger(__name__)

stripe.api_key = "sk_live_51Hx7TbKq2Vn9Lm4Pz8Rc3Wd6Yf1Ga5Jh0Ks7Ue2Xo9Ni4Mb"  # expect: hardcoded-secret
PUBLISHABLE_KEY = "pk_live_51Hx7TbKq2Vn9Lm4Pz8Rc3Wd6Yf1Ga5Jh0Ks7Ue2Xo9Ni4Mb"  # ok: hardcoded-secret

TAX_API = "https://api.taxrates.example.com/v2"
TAX_API_KEY = os.getenv("TAX_API_KEY", "")  # ok: hardcoded-secret


class TaxClient:
    def __init__(self, api_key: str = TAX_API_KEY):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def rate_for(self, country: str, postcode: str) -> float:
        resp = self.session.get(f"{TAX_API}/rates", params={"country": country, "postcode": postcode}, timeout=10)
        resp.raise_for_status()
        return resp.json()["rate"]


def shipping_quote(weight_kg: float, country: str) -> dict:
    resp = requests.post(
        "https://api.shipper.example.com/quote",
        json={"weight": weight_kg, "country": country},
        headers={"X-Api-Key": "4f9d2c7a1e8b6f3d0a5c9e2b7f4d1a8c"},  # expect: hardcoded-secret
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
