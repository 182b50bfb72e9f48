# corpus: path=alerts/notify.py
import json
import logging
import os
import pickle
import smtplib
import subprocess
from email.message import EmailMessage

import requests
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

router = APIRouter()
log = logging.getLogger(__name__)
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


@router.post("/alerts/forward")
async def forward(request: Request):
    body = await request.json()
    target = body.get("callback")
    requests.post(target, json={"alert": body.get("alert")}, timeout=5)  # expect: ssrf
    return {"ok": True}


@router.post("/alerts/mail")
async def mail(request: Request):
    body = await request.json()
    msg = EmailMessage()
    msg["To"] = body["to"]
    msg["From"] = "alerts@example.com"
    msg["Subject"] = body.get("subject", "Alert")
    msg.set_content(body.get("text", ""))
    with smtplib.SMTP(SMTP_HOST) as smtp:  # expect: blocking-in-async
        smtp.send_message(msg)
    return {"ok": True}


@router.get("/alerts/view", response_class=HTMLResponse)
async def view(request: Request):
    title = request.query_params.get("title", "Alert")
    return f"<html><body><h1>{title}</h1></body></html>"  # expect: xss


@router.get("/alerts/ack")
async def ack(request: Request):
    back = request.query_params.get("back") or "/alerts"
    return RedirectResponse(back)  # expect: open-redirect


@router.post("/alerts/replay")
async def replay(request: Request):
    state = pickle.loads(await request.body())  # expect: unsafe-deserialization
    return {"replayed": len(state)}


@router.post("/alerts/run-playbook")
async def run_playbook(request: Request):
    body = await request.json()
    playbook = body["playbook"]
    result = subprocess.run(f"ansible-playbook playbooks/{playbook}.yml", shell=True, capture_output=True)  # expect: command-injection
    return {"rc": result.returncode}


@router.post("/alerts/settings")
async def settings(request: Request):
    data = json.loads(await request.body())  # ok: unsafe-deserialization
    log.info("settings: %s", sorted(data))
    return {"ok": True}
