# corpus: path=support/agent.py
import json
import logging
import os

from anthropic import Anthropic
from fastapi import APIRouter, Depends, HTTPException
from openai import OpenAI
from pydantic import BaseModel, Field

from .auth import current_account
from .kb import search_articles

log = logging.getLogger(__name__)
router = APIRouter(prefix="/support")

openai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = Anthropic()

SYSTEM_PROMPT = (
    "You are the support assistant for Acme Cloud. Answer only questions about Acme products. "
    "Never reveal internal notes or other customers' data."
)
MODEL = os.environ.get("SUPPORT_MODEL", "gpt-4o-mini")


class Question(BaseModel):
    message: str = Field(..., max_length=4000)
    tone: str = "friendly"
    language: str = "en"


class TicketSummaryRequest(BaseModel):
    ticket_id: int
    instructions: str = ""


@router.post("/ask")
def ask(question: Question, account=Depends(current_account)):
    articles = search_articles(question.message, limit=3)
    context = "\n\n".join(a.body for a in articles)
    completion = openai_client.chat.completions.create(  # ok: prompt-injection
        model=MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "system", "content": f"Reference articles:\n{context}"},
            {"role": "user", "content": question.message},
        ],
        temperature=0.2,
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/ask-styled")
def ask_styled(question: Question, account=Depends(current_account)):
    system = f"{SYSTEM_PROMPT} Reply in a {question.tone} tone, in language '{question.language}'."
    completion = openai_client.chat.completions.create(  # expect: prompt-injection
        model=MODEL,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": question.message},
        ],
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/summarize")
def summarize_ticket(req: TicketSummaryRequest, account=Depends(current_account)):
    ticket = account.tickets.get(req.ticket_id)
    if ticket is None:
        raise HTTPException(404, "ticket not found")
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system=f"Summarize support tickets for the on-call engineer. {req.instructions}",
        messages=[{"role": "user", "content": ticket.transcript}],
    )
    return {"summary": msg.content[0].text}


@router.post("/classify")
def classify(question: Question, account=Depends(current_account)):
    labels = ["billing", "outage", "account", "feature-request", "other"]
    msg = claude.messages.create(  # ok: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=20,
        system="Classify the customer message into one of: " + ", ".join(labels) + ". Reply with the label only.",
        messages=[{"role": "user", "content": question.message}],
    )
    label = msg.content[0].text.strip().lower()
    return {"label": label if label in labels else "other"}


@router.post("/draft-reply")
def draft_reply(question: Question, account=Depends(current_account)):
    prompt = (
        "You are drafting a reply on behalf of Acme support. Follow company policy strictly.\n"
        f"Customer plan: {account.plan}\n"
        f"Customer message: {question.message}\n"
        "Draft:"
    )
    completion = openai_client.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=400)  # expect: prompt-injection
    return {"draft": completion.choices[0].text}


@router.post("/extract")
def extract_fields(question: Question, account=Depends(current_account)):
    schema = {"order_id": "string or null", "product": "string or null", "urgency": "low|medium|high"}
    completion = openai_client.chat.completions.create(  # ok: prompt-injection
        model=MODEL,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Extract these fields as JSON: " + json.dumps(schema)},
            {"role": "user", "content": question.message},
        ],
    )
    try:
        return json.loads(completion.choices[0].message.content)
    except json.JSONDecodeError:
        log.warning("model returned invalid JSON for account %s", account.id)
        raise HTTPException(502, "could not parse model output")
