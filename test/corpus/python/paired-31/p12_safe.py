# corpus: path=app/assist/routes.py
from typing import Literal

from fastapi import APIRouter
from openai import AsyncOpenAI
from pydantic import BaseModel

router = APIRouter()
llm = AsyncOpenAI()


class DraftRequest(BaseModel):
    tone: Literal["friendly", "formal", "apologetic"]
    notes: str


def build_messages(req: DraftRequest):
    return [
        {"role": "system", "content": f"You draft customer emails in a {req.tone} tone. Never promise refunds."},
        {"role": "user", "content": req.notes},
    ]


@router.post("/assist/draft")
async def draft_email(req: DraftRequest):
    out = await llm.chat.completions.create(model="gpt-4o-mini", messages=build_messages(req))  # ok: prompt-injection
    return {"draft": out.choices[0].message.content}
