# corpus: path=app/repos/users.py
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User


def find_users(session: Session, name: str):
    stmt = select(User).where(User.name == name)
    return session.scalars(stmt).all()  # ok: sql-injection
