import random
import secrets
import string
import uuid
from random import choice, randint

ALPHABET = string.ascii_letters + string.digits


def invite_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(10))


def request_id() -> str:
    return uuid.uuid4().hex
