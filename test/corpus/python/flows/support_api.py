# corpus: path=support/api.py
import os

from flask import Blueprint, jsonify, make_response, request
from openai import OpenAI

bp = Blueprint("support", __name__)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

SYSTEM_PROMPT = "You are Acme's support assistant. Answer only questions about Acme products."
ALLOWED_ORIGINS = {"https://app.acme.example", "https://admin.acme.example"}
LANGUAGES = {"en": "English", "de": "German", "fr": "French"}


@bp.post("/ask")
def ask():
    payload = request.get_json(force=True)
    completion = client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": payload["question"]},
        ],
    )
    return jsonify(answer=completion.choices[0].message.content)


@bp.post("/ask/brand")
def ask_brand():
    payload = request.get_json(force=True)
    brand = payload.get("brand", "Acme")
    messages = [
        {"role": "system", "content": f"You are the support assistant for {brand}. Follow the brand's rules."},
        {"role": "user", "content": payload["question"]},
    ]
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # expect: prompt-injection
    return jsonify(answer=completion.choices[0].message.content)


@bp.post("/ask/localised")
def ask_localised():
    payload = request.get_json(force=True)
    language = LANGUAGES.get(payload.get("lang"), "English")
    completion = client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"{SYSTEM_PROMPT} Reply in {language}."},
            {"role": "user", "content": payload["question"]},
        ],
    )
    return jsonify(answer=completion.choices[0].message.content)


@bp.post("/login")
def login():
    token = issue_session(request.form["email"], request.form["password"])
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("support_session", token, max_age=8 * 3600, samesite="Lax")  # expect: insecure-cookie
    resp.set_cookie("support_lang", request.form.get("lang", "en"), max_age=365 * 86400)  # ok: insecure-cookie
    resp.set_cookie("support_auth", token, httponly=True, secure=True, samesite="Strict")  # ok: insecure-cookie
    return resp


@bp.post("/logout")
def logout():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("support_session", "", max_age=0)  # ok: insecure-cookie
    return resp


@bp.after_app_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin  # ok: permissive-cors
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def widget_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")  # expect: permissive-cors
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def issue_session(email, password):
    raise NotImplementedError
