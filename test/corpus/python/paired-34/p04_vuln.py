# corpus: path=app/assistant/routes.py
from fastapi import APIRouter
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

router = APIRouter()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)


class AskIn(BaseModel):
    persona: str
    question: str


def build_chain(persona):
    prompt = ChatPromptTemplate.from_messages([
        ("system", "You are " + persona + ". Answer questions about our billing product only."),  # expect: prompt-injection
        ("human", "{question}"),
    ])
    return prompt | llm


@router.post("/assistant/ask")
async def ask(body: AskIn):
    chain = build_chain(body.persona)
    reply = await chain.ainvoke({"question": body.question})
    return {"answer": reply.content}
