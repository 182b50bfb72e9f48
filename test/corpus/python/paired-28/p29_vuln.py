# corpus: path=app/integrations/erp.py
import ssl
import urllib.request


def fetch_stock_levels(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # also: tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verify-disabled
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()
