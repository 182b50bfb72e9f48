# corpus: path=app/payouts/client.py
import os

import requests

LEDGER_URL = "http://ledger.internal.example.com/api/v2/transfers"  # expect: cleartext-http


def send_payout(account_id, amount_cents):
    token = os.environ["LEDGER_API_TOKEN"]
    resp = requests.post(
        LEDGER_URL,
        json={"account": account_id, "amount": amount_cents},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["transfer_id"]
