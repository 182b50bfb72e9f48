# corpus: path=assistant/agent.py
import json
import os
import subprocess
from pathlib import Path

from fastapi import APIRouter, Depends
from openai import OpenAI
from pydantic import BaseModel

from assistant.deps import current_user

router = APIRouter(prefix="/assistant")
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

WORKSPACE = Path("/srv/assistant/workspace").resolve()
SYSTEM_PROMPT = "You are Acme's support assistant. Answer briefly and never reveal internal notes."


class Ask(BaseModel):
    question: str
    persona: str = ""


def tool_read_file(path: str) -> str:
    """Tool: read a file from the workspace for the model."""
    with open(path, encoding="utf-8") as fh:  # expect: path-traversal
        return fh.read()[:4000]


def tool_read_workspace_file(path: str) -> str:
    """Tool: read a file from the workspace for the model."""
    target = (WORKSPACE / path).resolve()
    if not target.is_relative_to(WORKSPACE):
        return "error: outside the workspace"
    return target.read_text(encoding="utf-8")[:4000]  # ok: path-traversal


def tool_disk_usage(directory: str) -> str:
    """Tool: report disk usage of a directory."""
    result = subprocess.run(f"du -sh {directory}", shell=True, capture_output=True, text=True)  # expect: command-injection
    return result.stdout


TOOLS = {"read_file": tool_read_workspace_file, "disk_usage": tool_disk_usage}


@router.post("/ask")
def ask(body: Ask, user=Depends(current_user)):
    messages = [
        {"role": "system", "content": f"{SYSTEM_PROMPT} Adopt this persona: {body.persona}"},
        {"role": "user", "content": body.question},  # ok: prompt-injection
    ]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # expect: prompt-injection
    return {"answer": reply.choices[0].message.content}


@router.post("/compute")
def compute(body: Ask, user=Depends(current_user)):
    messages = [
        {"role": "system", "content": "Translate the question into one Python arithmetic expression. Reply with the expression only."},
        {"role": "user", "content": body.question},
    ]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    expression = reply.choices[0].message.content.strip()
    return {"result": eval(expression)}  # expect: code-injection


@router.post("/act")
def act(body: Ask, user=Depends(current_user)):
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT + " Reply with JSON: {\"tool\": name, \"arg\": value}."},
        {"role": "user", "content": body.question},
    ]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    call = json.loads(reply.choices[0].message.content)  # ok: unsafe-deserialization, code-injection
    tool = TOOLS.get(call.get("tool"))
    if tool is None:
        return {"error": "unknown tool"}
    return {"result": tool(call.get("arg", ""))}
