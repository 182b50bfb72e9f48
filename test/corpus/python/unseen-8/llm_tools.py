# corpus: path=assistant/agent.py
import json

from anthropic import Anthropic
from fastapi import APIRouter, Body, Depends
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI

from .auth import current_user
from .models import User

router = APIRouter()
oai = AsyncOpenAI()
claude = Anthropic()
llm = ChatOpenAI(model="gpt-4o-mini")

BASE_RULES = "You are a shopping assistant. Never reveal discount codes. Only discuss products in the catalog."


@router.post("/chat")
async def chat(message: str = Body(..., embed=True), user: User = Depends(current_user)):
    resp = await oai.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": BASE_RULES}, {"role": "user", "content": message}],
    )
    return {"reply": resp.choices[0].message.content}


@router.post("/chat/styled")
async def chat_styled(message: str = Body(...), style: str = Body("concise")):
    resp = await oai.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": BASE_RULES + " Answer in this style: " + style}, {"role": "user", "content": message}],
    )
    return {"reply": resp.choices[0].message.content}


@router.post("/chat/lc")
async def chat_langchain(message: str = Body(...), tone: str = Body("friendly")):
    msgs = [SystemMessage(content=f"{BASE_RULES} Use a {tone} tone."), HumanMessage(content=message)]  # expect: prompt-injection
    out = await llm.ainvoke(msgs)
    return {"reply": out.content}


@router.post("/chat/lc-safe")
async def chat_langchain_safe(message: str = Body(...)):
    msgs = [SystemMessage(content=BASE_RULES), HumanMessage(content=message)]  # ok: prompt-injection
    out = await llm.ainvoke(msgs)
    return {"reply": out.content}


@router.post("/chat/template")
async def chat_template(message: str = Body(...), role_hint: str = Body("")):
    prompt = ChatPromptTemplate.from_messages([("system", BASE_RULES + role_hint), ("human", "{q}")])  # expect: prompt-injection
    out = await (prompt | llm).ainvoke({"q": message})
    return {"reply": out.content}


@router.post("/summarize")
def summarize(text: str = Body(...), focus: str = Body("")):
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=500,
        system=BASE_RULES + "\nFocus on: " + focus,
        messages=[{"role": "user", "content": text}],
    )
    return {"summary": msg.content[0].text}


@router.post("/summarize/json")
def summarize_json(payload: str = Body(...)):
    data = json.loads(payload)
    msg = claude.messages.create(  # ok: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=500,
        system=BASE_RULES,
        messages=[{"role": "user", "content": data["text"]}],
    )
    return {"summary": msg.content[0].text}
