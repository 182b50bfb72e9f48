# corpus: path=app/assistants/service.py
import os
from dataclasses import dataclass

import anthropic
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from llama_index.core import VectorStoreIndex
from openai import OpenAI

from app.assistants.store import load_index
from app.models import Workspace

openai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = anthropic.Anthropic()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)

BASE_RULES = "You answer questions about the customer's workspace. Do not reveal internal notes."


@dataclass
class AskRequest:
    question: str
    persona: str = ""
    glossary: str = ""


def answer_plain(req: AskRequest) -> str:
    resp = openai_client.responses.create(
        model="gpt-4o-mini",
        instructions=BASE_RULES,
        input=req.question,  # ok: prompt-injection
    )
    return resp.output_text


def answer_with_persona(req: AskRequest) -> str:
    resp = openai_client.responses.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        instructions=f"{BASE_RULES}\nAdopt this persona: {req.persona}",
        input=req.question,
    )
    return resp.output_text


def answer_with_chain(req: AskRequest) -> str:
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", BASE_RULES),
            ("human", "{question}"),  # ok: prompt-injection
        ]
    )
    chain = prompt | llm | StrOutputParser()
    return chain.invoke({"question": req.question})


def answer_with_glossary(req: AskRequest) -> str:
    prompt = ChatPromptTemplate.from_messages(  # expect: prompt-injection
        [
            ("system", BASE_RULES + "\nGlossary supplied by the user:\n" + req.glossary),
            ("human", "{question}"),
        ]
    )
    chain = prompt | llm | StrOutputParser()
    return chain.invoke({"question": req.question})


def summarise(workspace: Workspace, text: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system="Summarise the document for the workspace owner in five bullet points.",
        messages=[{"role": "user", "content": text}],  # ok: prompt-injection
    )
    return msg.content[0].text


def summarise_in_style(workspace: Workspace, text: str, style: str) -> str:
    msg = claude.messages.create(  # expect: prompt-injection
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system="Summarise the document. Style instructions from the requester: " + style,
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text


def query_docs(workspace: Workspace, question: str) -> str:
    index: VectorStoreIndex = load_index(workspace.id)
    engine = index.as_query_engine(similarity_top_k=4)
    return str(engine.query(question))


def chat_docs(workspace: Workspace, question: str, house_rules: str) -> str:
    index: VectorStoreIndex = load_index(workspace.id)
    engine = index.as_chat_engine(  # expect: prompt-injection
        chat_mode="context",
        system_prompt=f"You are the docs bot for {workspace.name}. {house_rules}",
    )
    return str(engine.chat(question))


def classify_ticket(subject: str, body: str) -> str:
    completion = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Classify the ticket as billing, bug, or other. Reply with one word."},
            {"role": "user", "content": f"Subject: {subject}\n\n{body}"},
        ],
        max_tokens=3,
    )
    label = (completion.choices[0].message.content or "other").strip().lower()
    return label if label in {"billing", "bug", "other"} else "other"
