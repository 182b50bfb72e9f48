# corpus: path=integrations/partners.py
"""Clients for the shipping and tax partners."""
import logging
import os
from dataclasses import dataclass

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

API_KEY_HEADER = "X-Api-Key"  # ok: hardcoded-secret
TOKEN_ENDPOINT = "https://auth.shipfast.example.net/oauth/token"
CARRIER_ENDPOINT = "http://api.carrierhub.io/v3/rates"  # expect: cleartext-http
TAX_ENDPOINT = "https://api.taxjar.com/v2/taxes"
SCHEMA_ID = "http://json-schema.org/draft-07/schema#"


@dataclass(frozen=True)
class PartnerCredentials:
    client_id: str
    client_secret: str


def shipfast_credentials() -> PartnerCredentials:
    return PartnerCredentials(
        client_id="shipfast-storefront-prod",
        client_secret=os.environ["SHIPFAST_CLIENT_SECRET"],  # ok: hardcoded-secret
    )


def fetch_access_token(creds: PartnerCredentials) -> str:
    resp = requests.post(
        TOKEN_ENDPOINT,
        data={"grant_type": "client_credentials", "scope": "rates labels"},
        auth=HTTPBasicAuth(creds.client_id, creds.client_secret),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def carrier_rates(parcel: dict) -> list[dict]:
    resp = requests.post(
        CARRIER_ENDPOINT,
        json=parcel,
        headers={API_KEY_HEADER: os.environ["CARRIERHUB_API_KEY"]},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["rates"]


def tax_for(order: dict) -> float:
    resp = requests.post(
        TAX_ENDPOINT,
        json=order,
        headers={"Authorization": "Token token=\"8c1e4f7a2b9d06e3f5a8c2b7d1e4f9a3\""},  # expect: hardcoded-secret
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["tax"]["amount_to_collect"]


def legacy_label_service(parcel_id: str) -> bytes:
    resp = requests.get(
        f"https://labels.carrierhub.io/v1/{parcel_id}.pdf",
        auth=("storefront", "Lbl-9xQ2m7Vr4Kt8"),  # expect: hardcoded-secret
        timeout=30,
    )
    resp.raise_for_status()
    return resp.content
