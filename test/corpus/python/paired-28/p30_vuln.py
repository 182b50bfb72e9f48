# corpus: path=app/billing/gateway.py
import requests


def charge(card_number, cvv, amount_cents):
    resp = requests.post(  # expect: cleartext-http
        "http://payments.example.com/v1/charges",
        json={"card": card_number, "cvv": cvv, "amount": amount_cents},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["id"]
