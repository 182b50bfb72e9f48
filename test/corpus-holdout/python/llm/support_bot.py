# corpus: path=support/assistant.py
from anthropic import Anthropic
from flask import Blueprint, jsonify, request
from openai import OpenAI

from support.kb import search_articles
from support.models import Ticket

bp = Blueprint("assistant", __name__)
client = OpenAI()
claude = Anthropic()

SYSTEM_PROMPT = "You are a support assistant for Acme. Answer only from the provided articles."


@bp.post("/assistant/answer")
def answer():
    question = request.json["question"]
    articles = search_articles(question, limit=3)
    completion = client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": question},
        ],
    )
    return jsonify({"answer": completion.choices[0].message.content, "sources": [a.id for a in articles]})


@bp.post("/assistant/persona")
def persona():
    tone = request.json.get("tone", "friendly")
    completion = client.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"{SYSTEM_PROMPT} Respond in this style: {tone}"},
            {"role": "user", "content": request.json["question"]},
        ],
    )
    return jsonify({"answer": completion.choices[0].message.content})


@bp.post("/tickets/<int:ticket_id>/triage")
def triage(ticket_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    instructions = request.json.get("instructions", "")
    message = claude.messages.create(  # also: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system="Classify the ticket as bug, billing or question. " + instructions,  # expect: prompt-injection
        messages=[{"role": "user", "content": ticket.body}],
    )
    return jsonify({"label": message.content[0].text.strip()})
