# corpus: path=billing/services/notify.py changeset=billing
"""Outgoing webhooks to billing partners."""
import requests

PARTNER_HOOKS = {
    "ledger": "https://hooks.ledger.example.com/billing",
    "crm": "https://crm.example.com/api/webhooks/billing",
}


class WebhookNotifier:
    timeout = 5

    def ping(self, url):
        response = requests.post(url, json={"event": "ping"}, timeout=self.timeout)  # expect: ssrf
        return response.status_code

    def ping_partner(self, partner):
        url = PARTNER_HOOKS.get(partner)
        if url is None:
            return 404
        response = requests.post(url, json={"event": "ping"}, timeout=self.timeout)  # ok: ssrf
        return response.status_code


notifier = WebhookNotifier()
