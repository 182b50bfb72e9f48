# corpus: path=assistant/chat.py
import os

import anthropic
from fastapi import APIRouter
from langchain_core.prompts import ChatPromptTemplate, PromptTemplate
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI
from pydantic import BaseModel

router = APIRouter()
claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
oai = AsyncOpenAI()
llm = ChatOpenAI(model="gpt-4o-mini")

BASE_RULES = "You are a helpful assistant for Acme Docs. Never reveal internal notes."


class Ask(BaseModel):
    question: str
    persona: str = "friendly"
    instructions: str = ""


@router.post("/claude")
def ask_claude(body: Ask):
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        system=f"{BASE_RULES} Adopt this persona: {body.persona}",
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": msg.content[0].text}


@router.post("/claude-safe")
def ask_claude_safe(body: Ask):
    msg = claude.messages.create(  # ok: prompt-injection
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        system=BASE_RULES,
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": msg.content[0].text}


@router.post("/openai")
async def ask_openai(body: Ask):
    system = BASE_RULES + "\n" + body.instructions
    resp = await oai.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": body.question}],
    )
    return {"answer": resp.choices[0].message.content}


@router.post("/chain")
def ask_chain(body: Ask):
    prompt = ChatPromptTemplate.from_messages([("system", BASE_RULES), ("human", "{question}")])  # ok: prompt-injection
    chain = prompt | llm
    return {"answer": chain.invoke({"question": body.question}).content}


@router.post("/chain-custom")
def ask_chain_custom(body: Ask):
    prompt = PromptTemplate.from_template(body.instructions + "\nQuestion: {question}")  # expect: prompt-injection
    chain = prompt | llm
    return {"answer": chain.invoke({"question": body.question}).content}


@router.post("/chain-system")
def ask_chain_system(body: Ask):
    prompt = ChatPromptTemplate.from_messages([("system", f"{BASE_RULES} {body.instructions}"), ("human", "{question}")])  # expect: prompt-injection
    return {"answer": (prompt | llm).invoke({"question": body.question}).content}
