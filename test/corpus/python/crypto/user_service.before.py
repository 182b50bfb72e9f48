from dataclasses import dataclass

from .db import db


@dataclass
class NewUser:
    email: str
    password: str


def create_user(data: NewUser) -> int:
    return db.insert("users", email=data.email.lower())
