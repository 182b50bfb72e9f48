# corpus: path=app/auth/remember.py
import hmac

from flask import g, request

from app.models import User


def load_remembered_user():
    user_id = request.cookies.get("remember_uid")
    token = request.cookies.get("remember_token", "")
    user = User.query.get(user_id) if user_id else None
    if user is not None and hmac.compare_digest(token, user.remember_token):  # ok: timing-unsafe-comparison
        g.user = user
