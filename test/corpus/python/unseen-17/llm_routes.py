# corpus: path=app/api/routes/assistant.py
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from app.assistants.service import AskRequest, answer_plain, answer_with_persona, chat_docs
from app.deps import current_workspace
from app.models import Workspace

router = APIRouter(prefix="/assistant", tags=["assistant"])


class AskBody(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    persona: str | None = None


class DocsBody(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    rules: str = ""


@router.post("/ask")
def ask(body: AskBody, ws: Workspace = Depends(current_workspace)):
    if body.persona:
        return {"answer": answer_with_persona(AskRequest(question=body.question, persona=body.persona))}
    return {"answer": answer_plain(AskRequest(question=body.question))}


@router.post("/docs")
def docs(body: DocsBody, ws: Workspace = Depends(current_workspace)):
    if not ws.docs_enabled:
        raise HTTPException(status_code=403, detail="docs assistant disabled")
    return {"answer": chat_docs(ws, body.question, body.rules)}
