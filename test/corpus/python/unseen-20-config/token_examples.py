# corpus: path=hub/api/openapi_examples.py
"""Examples shown in the OpenAPI docs for the auth endpoints."""

EXAMPLE_ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"  # ok: hardcoded-secret
SAMPLE_REFRESH_TOKEN = "rt_4f2c8e1a9b7d3f6e0c5a2b8d1e7f3a9c"  # ok: hardcoded-secret
DOCS_API_KEY = "YOUR_API_KEY"  # ok: hardcoded-secret
DUMMY_STRIPE_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # ok: hardcoded-secret

TOKEN_RESPONSE_EXAMPLE = {
    "access_token": EXAMPLE_ACCESS_TOKEN,
    "refresh_token": SAMPLE_REFRESH_TOKEN,
    "token_type": "bearer",
    "expires_in": 3600,
}

LOGIN_REQUEST_EXAMPLE = {
    "email": "jane@example.com",
    "password": "correct-horse-battery-staple",  # ok: hardcoded-secret
}

API_KEY_EXAMPLE = {"name": "ci", "key": "hub_live_xxxxxxxxxxxxxxxxxxxxxxxx"}  # ok: hardcoded-secret

WEBHOOK_EXAMPLE = {
    "url": "https://example.com/hooks/hub",
    "secret": "whsec_example",  # ok: hardcoded-secret
    "events": ["message.delivered", "message.failed"],
}
