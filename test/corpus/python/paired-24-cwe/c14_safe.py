# corpus: path=app/db/users.py
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models import User


def find_by_email(session: Session, email: str):
    return session.query(User).filter(text("email = :email")).params(email=email).first()  # ok: sql-injection
