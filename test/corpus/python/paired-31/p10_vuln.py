# corpus: path=app/integrations/inventory.py
import requests


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.verify = False  # expect: tls-verify-disabled

    def stock_level(self, sku):
        resp = self.session.get(f"{self.base_url}/stock/{sku}", verify=self.verify, timeout=10)
        resp.raise_for_status()
        return resp.json()["available"]
