# corpus: path=app/assistant/routes.py
from fastapi import APIRouter, HTTPException
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

router = APIRouter()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)

PERSONAS = {
    "friendly": "a friendly support agent",
    "concise": "a concise billing specialist",
}


class AskIn(BaseModel):
    persona: str
    question: str


def build_chain(persona):
    prompt = ChatPromptTemplate.from_messages([
        ("system", "You are " + persona + ". Answer questions about our billing product only."),  # ok: prompt-injection
        ("human", "{question}"),
    ])
    return prompt | llm


@router.post("/assistant/ask")
async def ask(body: AskIn):
    if body.persona not in PERSONAS:
        raise HTTPException(status_code=400, detail="unknown persona")
    chain = build_chain(PERSONAS[body.persona])
    reply = await chain.ainvoke({"question": body.question})
    return {"answer": reply.content}
