from anthropic import Anthropic
from flask import Blueprint, jsonify, request
from openai import OpenAI

from support.kb import search_articles
from support.models import Ticket

bp = Blueprint("assistant", __name__)
client = OpenAI()
claude = Anthropic()

SYSTEM_PROMPT = "You are a support assistant for Acme. Answer only from the provided articles."


@bp.post("/tickets/<int:ticket_id>/triage")
def triage(ticket_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    message = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system="Classify the ticket as bug, billing or question.",
        messages=[{"role": "user", "content": ticket.body}],
    )
    return jsonify({"label": message.content[0].text.strip()})
