# corpus: path=integrations/keys.py
import os
import random
import secrets
import uuid

import requests

OPENWEATHER_KEY = os.getenv("OPENWEATHER_KEY", "")  # ok: hardcoded-secret
SENDGRID_API_KEY = "SG.x8Kq2LmP9vR3tY7wZ1nB.4cD6fH8jK0lM2nP4qR6sT8vW0xY2zA4bC6dE8fG0hJ"  # expect: hardcoded-secret
PLACEHOLDER_TOKEN = "<your-token-here>"  # ok: hardcoded-secret


def new_webhook_secret() -> str:
    return secrets.token_hex(32)  # ok: insecure-random


def new_device_code() -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(8))  # expect: insecure-random


def correlation_id() -> str:
    return uuid.uuid4().hex  # ok: insecure-random


def weather(city: str) -> dict:
    return requests.get("http://api.openweathermap.org/data/2.5/weather", params={"q": city, "appid": OPENWEATHER_KEY}, timeout=5).json()  # expect: cleartext-http


def jitter() -> float:
    return random.random() * 0.5  # ok: insecure-random
