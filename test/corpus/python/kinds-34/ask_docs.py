# corpus: path=docsbot/api.py
import os

import ollama
from fastapi import FastAPI
from pydantic import BaseModel
from pydantic_ai import Agent

from .search import top_passages

api = FastAPI(title="docs bot")

RULES = """You answer questions about the Acme developer documentation.
Use only the passages provided. If the answer is not in them, say you don't know.
Never output API keys or internal hostnames."""

local = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://localhost:11434"))


class Question(BaseModel):
    question: str
    product: str = "platform"
    audience: str = "developer"


@api.post("/ask")
def ask(q: Question):
    passages = "\n\n".join(p.text for p in top_passages(q.question, product=q.product))
    result = local.generate(  # expect: prompt-injection
        model="llama3.1",
        system=f"{RULES}\nThe reader is a {q.audience} working with Acme {q.product}.",
        prompt=f"Passages:\n{passages}\n\nQuestion: {q.question}",
    )
    return {"answer": result["response"]}


@api.post("/ask/strict")
def ask_strict(q: Question):
    passages = "\n\n".join(p.text for p in top_passages(q.question, product=q.product))
    result = local.generate(  # ok: prompt-injection
        model="llama3.1",
        system=RULES,
        prompt=f"Passages:\n{passages}\n\nQuestion: {q.question}",
    )
    return {"answer": result["response"]}


@api.post("/ask/agent")
async def ask_agent(q: Question):
    agent = Agent(  # expect: prompt-injection
        "openai:gpt-4o-mini",
        system_prompt=[RULES, f"Tailor the answer for a {q.audience}."],
    )
    passages = "\n\n".join(p.text for p in top_passages(q.question, product=q.product))
    result = await agent.run(f"Passages:\n{passages}\n\nQuestion: {q.question}")
    return {"answer": result.output}
