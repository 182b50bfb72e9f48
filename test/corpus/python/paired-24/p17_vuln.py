# corpus: path=app/integrations/billing.py
import requests

BILLING_API = "https://billing.internal.example.com/v1"


def post_invoice(invoice, api_token):
    resp = requests.post(  # expect: tls-verify-disabled
        f"{BILLING_API}/invoices",
        json=invoice,
        headers={"Authorization": f"Bearer {api_token}"},
        verify=False,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
