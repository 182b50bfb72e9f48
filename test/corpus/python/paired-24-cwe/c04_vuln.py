# corpus: path=app/clients/legacy.py
import ssl
import urllib.request


def fetch_rates(endpoint):
    ctx = ssl._create_unverified_context()  # expect: tls-verify-disabled
    with urllib.request.urlopen(endpoint, context=ctx, timeout=10) as resp:
        return resp.read()
