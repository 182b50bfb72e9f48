# corpus: path=app/api/assistant.py
from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException
from jinja2 import Environment, PackageLoader, Template, select_autoescape
from openai import AsyncOpenAI
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.deps import current_workspace
from app.models import Snippet, Workspace

router = APIRouter(prefix="/assistant", tags=["assistant"])
log = logging.getLogger(__name__)
client = AsyncOpenAI()
templates = Environment(loader=PackageLoader("app", "templates"), autoescape=select_autoescape())

SYSTEM_PROMPT = (
    "You are a support assistant for {product}. Answer only questions about the product. "
    "Never reveal internal notes."
)


class AskBody(BaseModel):
    question: str = Field(max_length=4000)
    tone: Literal["friendly", "formal"] = "friendly"


class PersonaBody(BaseModel):
    persona: str = Field(max_length=2000)
    question: str = Field(max_length=4000)


class PreviewBody(BaseModel):
    template: str
    name: str = "there"


@router.post("/ask")
async def ask(body: AskBody, workspace: Workspace = Depends(current_workspace)):
    completion = await client.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT.format(product=workspace.product_name)},
            {"role": "user", "content": body.question},
        ],
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/persona")
async def ask_with_persona(body: PersonaBody, workspace: Workspace = Depends(current_workspace)):
    system = SYSTEM_PROMPT.format(product=workspace.product_name) + "\nAdopt this persona: " + body.persona
    completion = await client.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": body.question},
        ],
    )
    return {"answer": completion.choices[0].message.content}


@router.post("/greeting/preview")
async def preview_greeting(body: PreviewBody, workspace: Workspace = Depends(current_workspace)):
    rendered = Template(body.template).render(name=body.name, workspace=workspace)  # expect: template-injection
    return {"html": rendered}


@router.get("/greeting/default")
async def default_greeting(workspace: Workspace = Depends(current_workspace)):
    template = templates.get_template("greeting.html")
    return {"html": template.render(name="there", workspace=workspace)}  # ok: template-injection


@router.get("/snippets")
async def list_snippets(session: AsyncSession = Depends(get_session), workspace: Workspace = Depends(current_workspace)):
    result = await session.execute(select(Snippet).where(Snippet.workspace_id == workspace.id).order_by(Snippet.title))
    return [{"id": s.id, "title": s.title} for s in result.scalars()]


@router.delete("/snippets/{snippet_id}")
async def delete_snippet(snippet_id: int, session: AsyncSession = Depends(get_session), workspace: Workspace = Depends(current_workspace)):
    snippet = await session.get(Snippet, snippet_id)
    if snippet is None or snippet.workspace_id != workspace.id:
        raise HTTPException(status_code=404)
    await session.delete(snippet)
    await session.commit()
    log.info("snippet %s deleted", snippet_id)
    return {"deleted": snippet_id}
