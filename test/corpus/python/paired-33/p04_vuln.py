# corpus: path=app/assistant/routes.py
import anthropic
from flask import Blueprint, jsonify, request

bp = Blueprint("assistant", __name__)
client = anthropic.Anthropic()


@bp.post("/assistant/reply")
def draft_reply():
    data = request.get_json()
    rules = "\n".join(f"- {rule}" for rule in data.get("house_rules", []))
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system=f"You draft replies for our support desk. Follow these house rules:\n{rules}",  # expect: prompt-injection
        messages=[{"role": "user", "content": data["ticket"]}],
    )
    return jsonify(reply=message.content[0].text)
