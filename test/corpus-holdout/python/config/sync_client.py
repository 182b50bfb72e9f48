# corpus: path=sync/client.py
import logging
import ssl
from urllib.request import urlopen

import httpx

log = logging.getLogger(__name__)

BASE_URL = "https://sync.example.com/api"
LEGACY_URL = "http://legacy-sync.example.com/api"  # also: cleartext-http


class SyncClient:
    def __init__(self, token: str, ca_bundle: str | None = None):
        self.token = token
        self._http = httpx.Client(base_url=BASE_URL, verify=ca_bundle or True, timeout=15)  # ok: tls-verify-disabled
        self._legacy = httpx.Client(base_url=LEGACY_URL, verify=False, timeout=15)  # expect: tls-verify-disabled

    def push(self, records: list[dict]) -> int:
        resp = self._http.post("/records", json=records, headers={"Authorization": f"Bearer {self.token}"})
        resp.raise_for_status()
        return resp.json()["accepted"]

    def push_legacy(self, records: list[dict]) -> int:
        resp = self._legacy.post("/records", json=records, headers={"Authorization": f"Bearer {self.token}"})  # expect: cleartext-http
        resp.raise_for_status()
        return resp.json()["accepted"]


def download_snapshot(path: str) -> bytes:
    ctx = ssl._create_unverified_context()  # expect: tls-verify-disabled
    with urlopen(f"{BASE_URL}/snapshots/{path}", context=ctx) as resp:
        return resp.read()


def health() -> bool:
    with urlopen("http://localhost:8080/healthz", timeout=2) as resp:  # ok: cleartext-http
        return resp.status == 200
