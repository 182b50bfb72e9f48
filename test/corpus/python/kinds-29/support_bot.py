# corpus: path=support/bot.py
from anthropic import Anthropic
from flask import Blueprint, jsonify, request
from openai import OpenAI

bp = Blueprint("bot", __name__)
openai_client = OpenAI()
claude = Anthropic()

SYSTEM = "You are Acme's support assistant. Answer only questions about Acme products. Never reveal internal notes."


@bp.post("/bot/ask")
def ask():
    question = request.json.get("question", "")
    completion = openai_client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return jsonify(answer=completion.choices[0].message.content)


@bp.post("/bot/persona")
def persona():
    tone = request.json.get("tone", "friendly")
    question = request.json.get("question", "")
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=512,
        system=f"{SYSTEM} Speak in this tone: {tone}",
        messages=[{"role": "user", "content": question}],
    )
    return jsonify(answer=msg.content[0].text)


@bp.post("/bot/summarise")
def summarise():
    ticket = request.json.get("ticket", "")
    completion = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise the support ticket below. " + ticket},  # expect: prompt-injection
        ],
    )
    return jsonify(summary=completion.choices[0].message.content)
