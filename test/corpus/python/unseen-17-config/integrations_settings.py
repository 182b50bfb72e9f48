# corpus: path=config/settings/integrations.py
"""Third-party integrations. Secrets come from the environment; ids and public keys live here."""
import os

SLACK_CLIENT_ID = "2918374650.5817263549012"
SLACK_CLIENT_SECRET = os.environ.get("SLACK_CLIENT_SECRET", "")  # ok: hardcoded-secret
SLACK_SIGNING_SECRET = "8f1c2e9a7b3d5f0e4c6a2b8d1f9e3c7a"  # expect: hardcoded-secret
SLACK_SCOPES = ["chat:write", "channels:read", "users:read.email"]

GITHUB_APP_ID = 381924
GITHUB_APP_PRIVATE_KEY_PATH = "/run/secrets/github-app.pem"  # ok: hardcoded-secret
GITHUB_WEBHOOK_SECRET_NAME = "github-webhook-secret"  # ok: hardcoded-secret

SEGMENT_WRITE_KEY = os.environ.get("SEGMENT_WRITE_KEY")
INTERCOM_APP_ID = "q7xk2m9p"
HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"  # ok: hardcoded-secret
HCAPTCHA_SECRET = "0x4AAAAAAABkMYinukE8nzYS_Vb8tVNZ3e9D"  # expect: hardcoded-secret

SAML_IDP_CERT = (
    "MIIDdDCCAlygAwIBAgIGAYmTqGZbMA0GCSqGSIb3DQEBCwUAMHsxFDASBgNVBAoTC0Fjb21lIEluYy4x"
)
SAML_SP_ENTITY_ID = "https://app.acme-analytics.com/saml/metadata"
OIDC_JWKS_URL = "https://login.acme-analytics.com/.well-known/jwks.json"

PASSWORD_RESET_TOKEN_TTL = 60 * 30
PASSWORD_MIN_LENGTH = 12
API_KEY_PREFIX = "aa_live_"  # ok: hardcoded-secret
API_KEY_HEADER_NAME = "X-AA-Key"  # ok: hardcoded-secret

WEBHOOK_TARGETS = {
    "crm": "https://hooks.crm-partner.com/acme",
    "billing": "http://hooks.billing-partner.com/acme",  # expect: cleartext-http
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1")
