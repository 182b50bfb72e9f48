# corpus: path=app/notify/sms.py
import os

import requests


class SmsGateway:
    def __init__(self, base_url="https://api.sms-relay.example.net/v2"):  # ok: cleartext-http
        self.base_url = base_url
        self.api_key = os.environ["SMS_API_KEY"]

    def send(self, number, text):
        resp = requests.post(  # ok: cleartext-http
            f"{self.base_url}/messages",
            json={"to": number, "body": text},
            headers={"X-Api-Key": self.api_key},
            timeout=5,
        )
        resp.raise_for_status()
        return resp.json()["id"]
