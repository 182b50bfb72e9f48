# corpus: path=hub/integrations/credentials.py
"""Credentials for third-party integrations used by the notification hub."""
import os

SLACK_BOT_TOKEN = "xoxb-171707616818-9087216543223-PAvS9tf59xiW0Vgl6yVBfJ11"  # expect: hardcoded-secret
SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "")  # ok: hardcoded-secret
SLACK_ALERTS_WEBHOOK = "https://hooks.slack.com/services/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"  # expect: hardcoded-secret

GITHUB_TOKEN = "ghp_hTYBTtNejKBmyCJX8DAYm56R8oCMIbrIZIHQ"  # expect: hardcoded-secret
GITHUB_API = "https://api.github.com"
GITHUB_APP_ID = 348211

TWILIO_ACCOUNT_SID = "AC9f3b7e1d2c4a6f8e0b5d7c9a1e3f5b7d"  # ok: hardcoded-secret
TWILIO_AUTH_TOKEN = "b2dead357a931ba81f2e2f56aa7128f4"  # expect: hardcoded-secret
TWILIO_FROM_NUMBER = "+14155550123"

MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiaHViLW1hcHMiLCJhIjoiY2x4N2Q5b2Q3MDJ2ZzJrcXZ6dW1hN3B5cyJ9.Qm2vXk8tL4rN9wZ1cH7pYg"  # ok: hardcoded-secret
RECAPTCHA_SITE_KEY = "6LcQ8xgqAAAAAJ4hK2mVtZ9pR1yW7nE3sD5fB0uC"  # ok: hardcoded-secret

PAGERDUTY_ROUTING_KEY = "R0Z8M2Q4X7V1N6B3K9J5H2G8F4D1S7A3"  # expect: hardcoded-secret
PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"

SMS_GATEWAY_URL = "http://api.textlocal-gateway.com/send/"  # expect: cleartext-http
SVG_NS = "http://www.w3.org/2000/svg"  # ok: cleartext-http
ATOM_NS = "http://www.w3.org/2005/Atom"  # ok: cleartext-http

HTTP_TIMEOUT = 5
RETRY_STATUSES = (429, 500, 502, 503, 504)
