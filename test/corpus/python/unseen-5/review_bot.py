# corpus: path=assist/review_bot.py
import anthropic
from fastapi import APIRouter
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.prompts import PromptTemplate
from langchain_anthropic import ChatAnthropic
from pydantic import BaseModel

router = APIRouter()
client = anthropic.AsyncAnthropic()
model = ChatAnthropic(model="claude-3-5-haiku-latest")
GUIDE = "You review pull requests for security issues. Reply in Markdown."


class ReviewRequest(BaseModel):
    diff: str
    focus: str = "security"
    style: str = ""


@router.post("/review")
async def review(req: ReviewRequest):
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=2048,
        system=GUIDE,  # ok: prompt-injection
        messages=[{"role": "user", "content": req.diff}],
    )
    return {"review": msg.content[0].text}


@router.post("/review/styled")
async def review_styled(req: ReviewRequest):
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=2048,
        system=f"{GUIDE}\nHouse style: {req.style}",  # expect: prompt-injection
        messages=[{"role": "user", "content": req.diff}],
    )
    return {"review": msg.content[0].text}


@router.post("/review/lc")
async def review_lc(req: ReviewRequest):
    messages = [SystemMessage(content=GUIDE + " Focus on " + req.focus + "."), HumanMessage(content=req.diff)]  # expect: prompt-injection
    return {"review": (await model.ainvoke(messages)).content}


@router.post("/review/template")
async def review_template(req: ReviewRequest):
    prompt = PromptTemplate.from_template(GUIDE + "\n\nDiff:\n{diff}")  # ok: prompt-injection
    return {"review": (await (prompt | model).ainvoke({"diff": req.diff})).content}
