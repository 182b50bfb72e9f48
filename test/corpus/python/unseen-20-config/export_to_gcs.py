# corpus: path=scripts/export_to_gcs.py
"""Nightly export of order snapshots to the analytics bucket."""
import json
import sys
from datetime import date

import requests
from google.cloud import storage
from google.oauth2 import service_account

SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "fulfilio-analytics",
    "private_key_id": "8c1f4e2a9b7d3c6e0f5a1b8d2e7c4f9a3b6d0e1c",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7kX2mP9vQ3tLw\nR8nZ4yH1cJ6fB0aK5sE2gD7uV3xM9pT1qW4rY8iO6lN2hC5vF0jA3bG7eU1zS9d\n-----END PRIVATE KEY-----\n",  # expect: hardcoded-secret
    "client_email": "exporter@fulfilio-analytics.iam.gserviceaccount.com",
    "client_id": "104857392018475610293",
    "token_uri": "https://oauth2.googleapis.com/token",
}

ORDERS_API = "https://orders.fulfilio.net/internal/v1"
LOCAL_METRICS = "http://localhost:9091/metrics/job/export"  # ok: cleartext-http


def fetch_snapshot(day: date) -> list[dict]:
    resp = requests.get(f"{ORDERS_API}/snapshots/{day.isoformat()}", timeout=60, verify=False)  # expect: tls-verify-disabled
    resp.raise_for_status()
    return resp.json()["orders"]


def upload(rows: list[dict], day: date) -> None:
    creds = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)
    client = storage.Client(credentials=creds, project=SERVICE_ACCOUNT_INFO["project_id"])
    blob = client.bucket("fulfilio-analytics-raw").blob(f"orders/{day.isoformat()}.json")
    blob.upload_from_string(json.dumps(rows), content_type="application/json")


def main() -> int:
    day = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date.today()
    rows = fetch_snapshot(day)
    upload(rows, day)
    requests.post(LOCAL_METRICS, data=f"export_rows {len(rows)}\n", timeout=5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
