# corpus: path=app/api/assistant.py
import os
from typing import Literal

from fastapi import APIRouter, Depends
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

from app.deps import current_user

router = APIRouter(prefix="/assistant")
client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL = os.getenv("ASSISTANT_MODEL", "gpt-4o-mini")

SYSTEM = "You are a support assistant for Acme Cloud. Answer only questions about Acme products."


class Ask(BaseModel):
    question: str = Field(max_length=2000)
    tone: str = "friendly"
    language: Literal["en", "de", "fr"] = "en"


@router.post("/ask")
async def ask(body: Ask, user=Depends(current_user)):
    completion = await client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": body.question},  # ok: prompt-injection
        ],
        max_tokens=600,
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/ask/styled")
async def ask_styled(body: Ask, user=Depends(current_user)):
    system = f"{SYSTEM} Reply in a {body.tone} tone."
    completion = await client.chat.completions.create(  # expect: prompt-injection
        model=MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": body.question}],
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/ask/localised")
async def ask_localised(body: Ask, user=Depends(current_user)):
    system = f"{SYSTEM} Reply in the language with code {body.language}."
    completion = await client.chat.completions.create(  # ok: prompt-injection
        model=MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": body.question}],
    )
    return {"answer": completion.choices[0].message.content}


async def summarise_ticket(ticket_text: str) -> str:
    completion = await client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarise the support ticket in two sentences."},
            {"role": "user", "content": ticket_text},
        ],
    )
    return completion.choices[0].message.content or ""
