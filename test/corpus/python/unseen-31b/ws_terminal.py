# corpus: path=devbox/ws.py
import asyncio
import json
import logging
import shlex
from pathlib import Path

import aiofiles
import httpx
from fastapi import APIRouter, Depends, WebSocket, WebSocketDisconnect

from devbox.auth import ws_user
from devbox.config import WORKSPACES

log = logging.getLogger(__name__)
router = APIRouter()

ALLOWED_TOOLS = {"ls": ["ls", "-la"], "df": ["df", "-h"], "uptime": ["uptime"]}


@router.websocket("/ws/grep")
async def grep_session(websocket: WebSocket, user=Depends(ws_user)):
    await websocket.accept()
    cwd = WORKSPACES / str(user.id)
    try:
        while True:
            term = await websocket.receive_text()
            proc = await asyncio.create_subprocess_shell(  # expect: command-injection
                f"grep -rn --color=never '{term}' .",
                cwd=cwd,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )
            out, _ = await proc.communicate()
            await websocket.send_text(out.decode(errors="replace"))
    except WebSocketDisconnect:
        log.info("grep session closed for %s", user.id)


@router.websocket("/ws/tools")
async def tool_session(websocket: WebSocket, user=Depends(ws_user)):
    await websocket.accept()
    try:
        while True:
            msg = await websocket.receive_json()
            argv = ALLOWED_TOOLS.get(msg.get("tool"))
            if argv is None:
                await websocket.send_json({"error": "unknown tool"})
                continue
            proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)  # ok: command-injection
            out, _ = await proc.communicate()
            await websocket.send_json({"output": out.decode()})
    except WebSocketDisconnect:
        pass


@router.websocket("/ws/files")
async def file_session(websocket: WebSocket, user=Depends(ws_user)):
    await websocket.accept()
    root = (WORKSPACES / str(user.id)).resolve()
    tail = websocket.query_params.get("tail", "false") == "true"
    try:
        while True:
            msg = await websocket.receive_json()
            if msg["op"] == "read":
                async with aiofiles.open(root / msg["path"]) as fh:  # expect: path-traversal
                    await websocket.send_json({"path": msg["path"], "data": await fh.read()})
            elif msg["op"] == "stat":
                target = (root / msg["path"]).resolve()
                if not target.is_relative_to(root):
                    await websocket.send_json({"error": "outside workspace"})
                    continue
                await websocket.send_json({"size": target.stat().st_size, "tail": tail})  # ok: path-traversal
    except WebSocketDisconnect:
        pass


@router.websocket("/ws/proxy")
async def preview_proxy(websocket: WebSocket):
    await websocket.accept()
    upstream = websocket.query_params["upstream"]
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            path = await websocket.receive_text()
            resp = await client.get(f"{upstream}/{path.lstrip('/')}")  # expect: ssrf
            await websocket.send_text(resp.text)


@router.websocket("/ws/logs/{service}")
async def log_stream(websocket: WebSocket, service: str):
    await websocket.accept()
    cmd = f"journalctl -f -u {service} -n 50"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # expect: command-injection
    async for raw in proc.stdout:
        await websocket.send_text(raw.decode())


@router.websocket("/ws/logs-safe/{service}")
async def log_stream_quoted(websocket: WebSocket, service: str):
    await websocket.accept()
    cmd = f"journalctl -f -u {shlex.quote(service)} -n 50"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # ok: command-injection
    async for raw in proc.stdout:
        await websocket.send_text(raw.decode())
