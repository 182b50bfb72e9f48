# corpus: path=app/invites/service.py
import secrets
import string
from datetime import datetime, timedelta, timezone

ALPHABET = string.ascii_letters + string.digits


def create_invite(db, team_id: int, email: str) -> str:
    token = "".join(secrets.choice(ALPHABET) for _ in range(32))  # ok: insecure-random
    expires = datetime.now(timezone.utc) + timedelta(days=7)
    db.execute("INSERT INTO invites (team_id, email, token, expires_at) VALUES (?, ?, ?, ?)", (team_id, email, token, expires))
    return token
