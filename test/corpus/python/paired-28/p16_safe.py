# corpus: path=app/auth/service.py
import logging

from app.models import User

log = logging.getLogger(__name__)


def authenticate(email, password):
    log.debug("login attempt email=%s password_len=%d", email, len(password))  # ok: sensitive-logging
    user = User.query.filter_by(email=email).first()
    if user is None or not user.check_password(password):
        return None
    return user
