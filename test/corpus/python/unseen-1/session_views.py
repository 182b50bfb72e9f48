# corpus: path=auth/views.py
import random
import secrets
import string
from random import choices as pick

from fastapi import APIRouter, Response
from flask import Blueprint, jsonify, make_response, request

from .services import authenticate, create_session

bp = Blueprint("auth", __name__)
router = APIRouter()

ALPHABET = string.ascii_letters + string.digits


@bp.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    session_id = create_session(user)
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("sessionid", session_id)  # expect: insecure-cookie
    resp.set_cookie("auth_token", user.token, httponly=True, secure=False)  # expect: insecure-cookie
    resp.set_cookie("ui_theme", request.form.get("theme", "light"))  # ok: insecure-cookie
    resp.set_cookie("refresh_token", user.refresh, secure=True, httponly=True, samesite="Strict")  # ok: insecure-cookie
    return resp


@router.post("/token")
def issue_token(response: Response, username: str, password: str):
    token = authenticate(username, password).token
    response.set_cookie(key="access_token", value=f"Bearer {token}", httponly=True)  # expect: insecure-cookie
    response.set_cookie(key="csrftoken", value=secrets.token_urlsafe(16), secure=True, samesite="lax")  # ok: insecure-cookie
    return {"ok": True}


def new_reset_code() -> str:
    return str(random.randint(100000, 999999))  # expect: insecure-random


def new_api_key() -> str:
    return "sk_" + "".join(pick(ALPHABET, k=40))  # expect: insecure-random


def generate_password(length: int = 12) -> str:
    return "".join(random.sample(ALPHABET, length))  # expect: insecure-random


def email_verification(user):
    verification_token = "".join(random.choice(ALPHABET) for _ in range(32))  # expect: insecure-random
    user.verification_token = verification_token
    user.save()


def invite_link(org):
    rng = random.Random()
    code = "%032x" % rng.getrandbits(128)  # expect: insecure-random
    return f"https://app.example.com/join/{org.slug}?code={code}"


def secure_token() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(32))  # ok: insecure-random


def system_random_pin() -> str:
    return str(random.SystemRandom().randint(1000, 9999))  # ok: insecure-random


def retry_delay(attempt: int) -> float:
    return min(60, 2**attempt) + random.uniform(0, 1)  # ok: insecure-random


def shuffle_questions(questions: list) -> list:
    order = random.sample(questions, len(questions))  # ok: insecure-random
    return order


def sample_color() -> str:
    color_code = "#%06x" % random.randint(0, 0xFFFFFF)  # ok: insecure-random
    return color_code
