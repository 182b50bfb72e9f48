# corpus: path=app/billing/ledger_client.py
import requests


class LedgerClient:
    def __init__(self, base_url="https://ledger.internal.example.com"):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.auth = ("svc-billing", "Qm7#tR2vX9!kLp4zW8")  # expect: hardcoded-secret

    def post_entry(self, account_id, amount_cents, memo):
        resp = self.session.post(
            f"{self.base_url}/v2/entries",
            json={"account": account_id, "amount": amount_cents, "memo": memo},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["id"]
