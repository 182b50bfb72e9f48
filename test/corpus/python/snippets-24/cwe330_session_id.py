# corpus: path=app/sessions.py
import random
import string


def generate_session_id():
    return "".join(random.choices(string.ascii_letters + string.digits, k=40))  # expect: insecure-random


def pick_greeting():
    return random.choice(["Hello", "Hi", "Welcome back"])  # ok: insecure-random
