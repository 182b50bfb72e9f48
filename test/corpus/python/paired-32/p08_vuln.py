# corpus: path=app/assistant/routes.py
from fastapi import APIRouter
from openai import AsyncOpenAI
from pydantic import BaseModel

router = APIRouter()
client = AsyncOpenAI()


class ChatRequest(BaseModel):
    persona: str
    question: str


async def ask(system_prompt: str, question: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": system_prompt},  # expect: prompt-injection
            {"role": "user", "content": question},
        ],
    )
    return completion.choices[0].message.content


@router.post("/assistant/chat")
async def chat(body: ChatRequest):
    system_prompt = f"You are {body.persona}, a support agent for Acme. Only answer questions about Acme products."
    return {"answer": await ask(system_prompt, body.question)}
