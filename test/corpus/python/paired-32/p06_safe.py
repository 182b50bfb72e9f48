# corpus: path=app/accounts/invites.py
import secrets
import string
from datetime import datetime, timedelta, timezone

from app.db import db
from app.models import Invite


class InviteService:
    def __init__(self, ttl_hours=48):
        self.alphabet = string.ascii_letters + string.digits
        self.ttl = timedelta(hours=ttl_hours)

    def _new_code(self):
        return "".join(secrets.choice(self.alphabet) for _ in range(32))  # ok: insecure-random

    def create(self, team, email):
        invite = Invite(
            team_id=team.id,
            email=email,
            code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        db.session.add(invite)
        db.session.commit()
        return invite
