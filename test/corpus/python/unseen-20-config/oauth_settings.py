# corpus: path=accounts/oauth_settings.py
"""OAuth provider registration for the accounts service."""
import os

OAUTH_PROVIDERS = {
    "google": {
        "client_id": "718293046152-k2m9v4q7x1z8n3b6c0d5f9g2h7j4l1p8.apps.googleusercontent.com",  # ok: hardcoded-secret
        "client_secret": "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",  # expect: hardcoded-secret
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "token_url": "https://oauth2.googleapis.com/token",
    },
    "gitlab": {
        "client_id": os.environ.get("GITLAB_CLIENT_ID"),
        "client_secret": os.environ.get("GITLAB_CLIENT_SECRET"),  # ok: hardcoded-secret
        "authorize_url": "https://gitlab.com/oauth/authorize",
        "token_url": "https://gitlab.com/oauth/token",
    },
}

JWT_SIGNING_KEY = "3f9a7c1e5b2d8f4a6c0e9b3d7f1a5c8e2b6d0f4a8c3e7b1d5f9a2c6e0b4d8f3a"  # expect: hardcoded-secret
JWT_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
-----END PUBLIC KEY-----"""  # ok: hardcoded-secret
PASSWORD_RESET_TTL = 3600
LEGACY_USERINFO_URL = "http://sso.partner-idp.com/userinfo"  # expect: cleartext-http
