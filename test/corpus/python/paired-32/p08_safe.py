# corpus: path=app/assistant/routes.py
from fastapi import APIRouter, HTTPException
from openai import AsyncOpenAI
from pydantic import BaseModel

router = APIRouter()
client = AsyncOpenAI()

PERSONAS = {
    "friendly": "a friendly support agent",
    "concise": "a concise support agent",
}


class ChatRequest(BaseModel):
    persona: str
    question: str


async def ask(system_prompt: str, question: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": system_prompt},  # ok: prompt-injection
            {"role": "user", "content": question},
        ],
    )
    return completion.choices[0].message.content


@router.post("/assistant/chat")
async def chat(body: ChatRequest):
    persona = PERSONAS.get(body.persona)
    if persona is None:
        raise HTTPException(status_code=422, detail="unknown persona")
    system_prompt = f"You are {persona} for Acme. Only answer questions about Acme products."
    return {"answer": await ask(system_prompt, body.question)}
