# corpus: path=app/invites/service.py
import random
import string
from datetime import datetime, timedelta, timezone

ALPHABET = string.ascii_letters + string.digits


def create_invite(db, team_id: int, email: str) -> str:
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # expect: insecure-random
    expires = datetime.now(timezone.utc) + timedelta(days=7)
    db.execute("INSERT INTO invites (team_id, email, token, expires_at) VALUES (?, ?, ?, ?)", (team_id, email, token, expires))
    return token
