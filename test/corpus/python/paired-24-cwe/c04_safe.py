# corpus: path=app/clients/legacy.py
import ssl
import urllib.request


def fetch_rates(endpoint):
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")  # ok: tls-verify-disabled
    with urllib.request.urlopen(endpoint, context=ctx, timeout=10) as resp:
        return resp.read()
