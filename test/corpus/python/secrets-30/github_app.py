# corpus: path=app/integrations/github_app.py
import hashlib
import hmac
import time

import httpx
import jwt

APP_ID = 412875
CLIENT_ID = "Iv1.8a61f9b3a7aba766"  # ok: hardcoded-secret
INSTALLATION_ID = 51234987

# Kept here "temporarily" while the secret store migration is in flight.
WEBHOOK_SECRET = "54f10e638795de0e933ac81c578cd8e6bc50df04"  # expect: hardcoded-secret

APP_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----  # expect: hardcoded-secret
Ydk+S8sux76XNX74aA9kNpkPQrac3HCG2uLBpt3PTZpQIOOhEkfRb4TIPD0Ki1kd4497FCuf16q7DOybqfzah3
fujIz5rP2u5D5qCL5I4Requ7s+sfK3RDmzbYZUHfvRs5KERp0EpzaUvtv2XzeS1lX54aFon4Pgtyo41jZU8d0
-----END RSA PRIVATE KEY-----
"""

SIGNATURE_HEADER = "X-Hub-Signature-256"
EVENT_HEADER = "X-GitHub-Event"


def app_jwt() -> str:
    now = int(time.time())
    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": APP_ID}, APP_PRIVATE_KEY, algorithm="RS256")


def installation_token() -> str:
    res = httpx.post(
        f"https://api.github.com/app/installations/{INSTALLATION_ID}/access_tokens",
        headers={"Authorization": f"Bearer {app_jwt()}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    res.raise_for_status()
    return res.json()["token"]


def verify_delivery(body: bytes, signature: str | None) -> bool:
    if not signature or not signature.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def comment_on_pull(repo: str, number: int, body: str) -> None:
    token = installation_token()
    httpx.post(
        f"https://api.github.com/repos/{repo}/issues/{number}/comments",
        headers={"Authorization": f"token {token}"},
        json={"body": body},
        timeout=10,
    ).raise_for_status()
