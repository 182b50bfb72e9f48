# corpus: path=support/assistant.py
import json
import logging
import subprocess

from anthropic import Anthropic
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from openai import OpenAI

from support.models import KnowledgeArticle, Ticket

log = logging.getLogger(__name__)
oai = OpenAI()
claude = Anthropic()

SYSTEM = "You are the support assistant for Acme Cloud. Answer only from the provided articles."
SQL_SYSTEM = "Translate the question into one read-only PostgreSQL SELECT over the tickets table."


def _articles_for(question: str) -> str:
    hits = KnowledgeArticle.objects.search(question)[:5]
    return "\n\n".join(f"# {a.title}\n{a.body}" for a in hits)


@require_POST
def answer(request):
    question = json.loads(request.body)["question"]
    resp = oai.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Articles:\n{_articles_for(question)}\n\nQuestion: {question}"},
        ],
    )
    return JsonResponse({"answer": resp.choices[0].message.content})


@require_POST
def answer_in_persona(request):
    data = json.loads(request.body)
    persona = data.get("persona", "friendly")
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=800,
        system=f"{SYSTEM} Speak as a {persona} agent.",
        messages=[{"role": "user", "content": data["question"]}],
    )
    return JsonResponse({"answer": msg.content[0].text})


@require_POST
def ticket_stats(request):
    question = json.loads(request.body)["question"]
    resp = oai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SQL_SYSTEM}, {"role": "user", "content": question}],
    )
    sql = resp.choices[0].message.content.strip().strip("`")
    with connection.cursor() as cursor:
        cursor.execute(sql)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@require_POST
def run_diagnostic(request):
    ticket = Ticket.objects.get(pk=json.loads(request.body)["ticket_id"])
    resp = oai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Suggest one shell command that would help diagnose this ticket."},
            {"role": "user", "content": ticket.description},
        ],
    )
    command = resp.choices[0].message.content.strip()
    out = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)  # expect: command-injection
    return JsonResponse({"command": command, "output": out.stdout[-4000:]})


@require_POST
def classify(request):
    ticket = Ticket.objects.get(pk=json.loads(request.body)["ticket_id"])
    resp = oai.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Return JSON with keys category and urgency (1-5)."},
            {"role": "user", "content": ticket.description},
        ],
    )
    verdict = json.loads(resp.choices[0].message.content)  # ok: unsafe-deserialization
    ticket.category = verdict.get("category", "other")[:40]
    ticket.urgency = max(1, min(5, int(verdict.get("urgency", 3))))
    ticket.save(update_fields=["category", "urgency"])
    return JsonResponse(verdict)
