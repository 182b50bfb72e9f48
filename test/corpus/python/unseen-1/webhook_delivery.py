# corpus: path=hooks/delivery.py
import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp
import httpx
import requests
import urllib3
from fastapi import APIRouter
from flask import Blueprint, request, abort
from pydantic import BaseModel

bp = Blueprint("hooks", __name__)
router = APIRouter()
http = urllib3.PoolManager()
ALLOWED_HOSTS = {"hooks.slack.com", "discord.com"}


class WebhookIn(BaseModel):
    target_url: str
    event: str


class Notifier:
    def __init__(self):
        self.session = requests.Session()

    def deliver(self, url: str, payload: dict):
        return self.session.post(url, json=payload, timeout=5)  # expect: ssrf


notifier = Notifier()


@router.post("/webhooks/test")
async def test_webhook(body: WebhookIn):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(body.target_url, json={"event": body.event})  # expect: ssrf
    return {"status": resp.status_code}


@router.post("/webhooks/preview")
async def preview(body: WebhookIn):
    async with aiohttp.ClientSession() as session:
        async with session.get(body.target_url) as resp:  # expect: ssrf
            return {"status": resp.status}


@bp.post("/hooks/ping")
def ping():
    host = request.form["host"]
    return requests.get(f"http://{host}/status", timeout=3).text  # expect: ssrf


@bp.post("/hooks/raw")
def raw_probe():
    target = request.json.get("url")
    r = http.request("GET", target, timeout=3.0)  # expect: ssrf
    return r.data


@bp.post("/hooks/send")
def send_hook():
    notifier.deliver(request.json["callback"], {"ok": True})
    return {"queued": True}


@bp.get("/hooks/repo")
def repo_info():
    owner = request.args["owner"]
    return requests.get(f"https://api.github.com/repos/{owner}", timeout=5).json()  # ok: ssrf


@bp.post("/hooks/allowed")
def send_allowed():
    url = request.form["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.post(url, json={"text": "hello"}, timeout=5).text  # ok: ssrf


@bp.get("/hooks/status")
def status():
    return requests.get("https://status.example.com/api/v2/summary.json", timeout=5).json()  # ok: ssrf
