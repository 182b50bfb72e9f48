# corpus: path=app/payments/vault.py
import requests


class CardVault:
    def __init__(self, api_key, host="vault.payments.example.net"):
        self.base_url = f"https://{host}/v1"  # ok: cleartext-http
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key

    def tokenize(self, number, exp_month, exp_year, cvc):
        resp = self.session.post(
            f"{self.base_url}/cards",
            json={"number": number, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["token"]
