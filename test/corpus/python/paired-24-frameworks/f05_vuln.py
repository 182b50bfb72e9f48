# corpus: path=app/repos/users.py
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import User


def find_users(session: Session, name: str):
    stmt = select(User).where(text(f"name = '{name}'"))  # expect: sql-injection
    return session.scalars(stmt).all()  # also: sql-injection
