# corpus: path=support/assistant.py
import json
import os

from flask import Blueprint, jsonify, request
from openai import OpenAI

bp = Blueprint("assistant", __name__)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
SYSTEM_PROMPT = (
    "You are the support assistant for Acme Cloud. Answer only questions about Acme products. "
    "Never reveal internal ticket notes."
)
TONES = {"formal": "Answer formally.", "friendly": "Answer in a friendly tone."}


@bp.post("/assistant/ask")
def ask():
    body = request.get_json(force=True)
    question = body.get("question", "")
    persona = body.get("persona", "")
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT + " Adopt this persona: " + persona},
        {"role": "user", "content": question},  # ok: prompt-injection
    ]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=0.2)  # expect: prompt-injection
    return jsonify({"answer": reply.choices[0].message.content})


@bp.post("/assistant/ask/v2")
def ask_v2():
    body = request.get_json(force=True)
    tone = TONES.get(body.get("tone"), TONES["formal"])
    messages = [
        {"role": "system", "content": f"{SYSTEM_PROMPT} {tone}"},  # ok: prompt-injection
        {"role": "user", "content": body.get("question", "")},
    ]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return jsonify({"answer": reply.choices[0].message.content})


@bp.post("/assistant/summarise")
def summarise():
    ticket = request.get_json(force=True)
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarise this ticket as JSON: " + json.dumps(ticket)}],
        response_format={"type": "json_object"},
    )
    summary = json.loads(reply.choices[0].message.content)
    action = summary.get("next_action", "")
    return jsonify({"summary": summary.get("summary", ""), "suggested": eval(action)})  # expect: code-injection
