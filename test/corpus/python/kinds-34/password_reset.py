# corpus: path=accounts/password_reset.py
import hashlib
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class ResetRequest:
    user_id: int
    token_hash: str
    sms_code: str
    expires_at: datetime


class PasswordResetService:
    TOKEN_TTL = timedelta(hours=1)

    def __init__(self, repo, mailer, sms, base_url):
        self.repo = repo
        self.mailer = mailer
        self.sms = sms
        self.base_url = base_url.rstrip("/")

    @staticmethod
    def generate_token():
        return "%032x" % random.getrandbits(128)  # expect: insecure-random

    @staticmethod
    def generate_sms_code():
        return str(random.randrange(100000, 1000000))  # expect: insecure-random

    @staticmethod
    def _hash(token):
        return hashlib.sha1(token.encode("utf-8")).hexdigest()  # expect: weak-hash

    def start(self, email):
        user = self.repo.find_user_by_email(email)
        if user is None:
            time.sleep(random.uniform(0.05, 0.2))  # ok: insecure-random
            return
        token = self.generate_token()
        code = self.generate_sms_code()
        self.repo.save_reset(
            ResetRequest(
                user_id=user.id,
                token_hash=self._hash(token),
                sms_code=code,
                expires_at=datetime.utcnow() + self.TOKEN_TTL,  # expect: deprecated-api
            )
        )
        self.mailer.send(
            to=user.email,
            subject="Reset your password",
            body=f"Follow this link to choose a new password: {self.base_url}/reset/{token}",
        )
        if user.phone:
            self.sms.send(user.phone, f"Your password reset code is {code}")

    def verify(self, token, code):
        req = self.repo.find_reset(self._hash(token))
        if req is None or req.expires_at < datetime.utcnow():  # expect: deprecated-api
            return None
        if req.sms_code and req.sms_code != code:
            return None
        return req.user_id
