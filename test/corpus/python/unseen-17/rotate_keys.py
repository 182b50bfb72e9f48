# corpus: path=scripts/rotate_keys.py
"""Rotate the API keys of every active partner and mail them the new key."""
import argparse
import hashlib
import logging
import os
import secrets
import smtplib
import sys
from email.message import EmailMessage

import psycopg
import requests

log = logging.getLogger("rotate_keys")

DB_DSN = os.environ.get("DATABASE_URL", "postgresql://localhost/partners")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_PASSWORD = "Rotat3-Me-Pl3ase!"  # expect: hardcoded-secret
AUDIT_URL = "http://audit.partners-internal.net/api/events"  # expect: cleartext-http
STATUS_URL = "http://localhost:9100/metrics"  # ok: cleartext-http


def new_key() -> tuple[str, str]:
    key = secrets.token_urlsafe(32)
    return key, hashlib.sha256(key.encode()).hexdigest()


def legacy_fingerprint(key: str) -> str:
    return hashlib.md5(key.encode()).hexdigest()  # expect: weak-hash


def mail_key(to: str, key: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your new API key"
    msg["From"] = "noreply@example.com"
    msg["To"] = to
    msg.set_content(f"Your new key is {key}. The old key stops working in 7 days.")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login("noreply@example.com", SMTP_PASSWORD)
        smtp.send_message(msg)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partner", help="rotate one partner only")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    with psycopg.connect(DB_DSN) as conn, conn.cursor() as cur:
        if args.partner:
            cur.execute("SELECT id, email FROM partners WHERE active AND slug = %s", (args.partner,))  # ok: sql-injection
        else:
            cur.execute("SELECT id, email FROM partners WHERE active")
        partners = cur.fetchall()
        for partner_id, email in partners:
            key, key_hash = new_key()
            if args.dry_run:
                log.info("would rotate partner %s", partner_id)
                continue
            cur.execute(
                "UPDATE partners SET api_key_hash = %s, legacy_fp = %s, rotated_at = now() WHERE id = %s",
                (key_hash, legacy_fingerprint(key), partner_id),
            )
            mail_key(email, key)
            requests.post(AUDIT_URL, json={"event": "key_rotated", "partner": partner_id}, timeout=5)
        conn.commit()
    log.info("rotated %d partners", len(partners))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
