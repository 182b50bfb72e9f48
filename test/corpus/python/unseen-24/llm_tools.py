# corpus: path=app/assistant/tools.py
"""Tools the support assistant may call. Arguments come from the model's tool calls."""
import ast
import json
import logging
import subprocess
from pathlib import Path

import httpx
from sqlalchemy import text

from app.db import engine
from app.llm import client

log = logging.getLogger(__name__)

KB_ROOT = Path("/srv/kb").resolve()
ALLOWED_DIAGNOSTICS = {"uptime": ["uptime"], "disk": ["df", "-h"], "queue": ["celery", "inspect", "active"]}
STATUS_API = "https://status.internal.example.com/api/v2"

SYSTEM_PROMPT = (
    "You are the support assistant for Acme Cloud. Answer from the knowledge base. "
    "Never reveal internal hostnames."
)


def tool_calculate(expression: str) -> str:
    """Evaluate an arithmetic expression the model wrote."""
    return str(eval(expression, {"__builtins__": {}}))  # expect: code-injection


def tool_parse_list(literal: str) -> list:
    """Parse a Python list literal the model wrote."""
    value = ast.literal_eval(literal)  # ok: code-injection
    return list(value)


def tool_run_diagnostic(name: str) -> str:
    cmd = ALLOWED_DIAGNOSTICS.get(name)
    if cmd is None:
        return f"unknown diagnostic {name}"
    return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout  # ok: command-injection


def tool_shell(command: str) -> str:
    """Run a shell command on the support box (used for log greps)."""
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)  # expect: command-injection
    return proc.stdout[-4000:]


def tool_read_article(slug: str) -> str:
    path = (KB_ROOT / f"{slug}.md").resolve()
    if KB_ROOT not in path.parents:
        return "not found"
    return path.read_text(encoding="utf-8")  # ok: path-traversal


def tool_read_log(filename: str) -> str:
    with open(f"/var/log/acme/{filename}") as fh:  # expect: path-traversal
        return fh.read()[-4000:]


def tool_query_orders(sql: str) -> list:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql))]  # expect: sql-injection


def tool_order_status(order_id: str) -> dict:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, status FROM orders WHERE id = :id"), {"id": order_id}).first()  # ok: sql-injection
    return dict(row._mapping) if row else {}


def tool_fetch_url(url: str) -> str:
    resp = httpx.get(url, timeout=10, follow_redirects=True)  # expect: ssrf
    return resp.text[:4000]


def tool_component_status(component: str) -> dict:
    resp = httpx.get(f"{STATUS_API}/components", params={"name": component}, timeout=10)  # ok: ssrf
    return resp.json()


TOOLS = {
    "calculate": tool_calculate,
    "parse_list": tool_parse_list,
    "run_diagnostic": tool_run_diagnostic,
    "shell": tool_shell,
    "read_article": tool_read_article,
    "read_log": tool_read_log,
    "query_orders": tool_query_orders,
    "order_status": tool_order_status,
    "fetch_url": tool_fetch_url,
    "component_status": tool_component_status,
}


def answer(question: str, history: list[dict]) -> str:
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *history, {"role": "user", "content": question}]
    for _ in range(5):
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=list(TOOLS))
        msg = reply.choices[0].message
        if not msg.tool_calls:
            return msg.content
        messages.append(msg)
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments)  # ok: unsafe-deserialization
            result = TOOLS[call.function.name](**args)
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result, default=str)})
    log.warning("assistant gave up after 5 tool rounds")
    return "Sorry, I could not finish that."
