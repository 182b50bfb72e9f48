# corpus: path=support/assistant/bot.py
import ast
import json
import logging
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

from support.auth import require_agent, require_customer
from support.kb import search_articles

log = logging.getLogger(__name__)
router = APIRouter(prefix="/assistant")
client = AsyncOpenAI()

SYSTEM_PROMPT = (
    "You are the support assistant for Acme Cloud. Answer only questions about Acme products. "
    "Never reveal internal notes or other customers' data."
)


class Ask(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    product: str = "general"


class Tone(BaseModel):
    persona: str = Field(max_length=500)
    message: str


@router.post("/ask")
async def ask(body: Ask, customer=Depends(require_customer)):
    articles = await search_articles(body.question, limit=4)
    context = "\n\n".join(a.body for a in articles)
    resp = await client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "system", "content": f"Knowledge base:\n{context}"},
            {"role": "user", "content": body.question},
        ],
        temperature=0.2,
    )
    return {"answer": resp.choices[0].message.content}


@router.post("/persona")
async def persona_reply(body: Tone, customer=Depends(require_customer)):
    resp = await client.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT + " Adopt this persona: " + body.persona},
            {"role": "user", "content": body.message},
        ],
    )
    return {"answer": resp.choices[0].message.content}


@router.post("/triage")
async def triage(body: Ask, agent=Depends(require_agent)):
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Classify the ticket. Reply with JSON: {\"priority\": 1-4, \"team\": str}."},
            {"role": "user", "content": body.question},
        ],
    )
    raw = resp.choices[0].message.content or "{}"
    try:
        verdict: dict[str, Any] = json.loads(raw)  # ok: code-injection
    except json.JSONDecodeError:
        raise HTTPException(status_code=502, detail="model returned invalid JSON")
    return {"priority": int(verdict.get("priority", 3)), "team": str(verdict.get("team", "general"))}


@router.post("/estimate")
async def estimate(body: Ask, agent=Depends(require_agent)):
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Reply with a Python expression computing the refund in cents."},
            {"role": "user", "content": body.question},
        ],
    )
    expression = resp.choices[0].message.content or "0"
    refund = eval(expression)  # expect: code-injection
    return {"refund_cents": int(refund)}


@router.post("/tags")
async def tags(body: Ask, agent=Depends(require_agent)):
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Reply with a Python list of at most five tag strings."},
            {"role": "user", "content": body.question},
        ],
    )
    parsed = ast.literal_eval(resp.choices[0].message.content or "[]")  # ok: code-injection
    return {"tags": [str(t) for t in parsed][:5]}
