# corpus: path=ops/views.py
import asyncio
import os
import shlex
import subprocess

from fastapi import APIRouter, Form

router = APIRouter()
ALLOWED_SERVICES = {"nginx", "redis", "worker"}


@router.post("/ops/ping")
def ping(host: str = Form(...)):
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True, text=True)  # expect: command-injection
    return {"output": out}


@router.post("/ops/ping-safe")
def ping_safe(host: str = Form(...)):
    out = subprocess.check_output(["ping", "-c", "1", host], text=True)  # ok: command-injection
    return {"output": out}


@router.post("/ops/ping-quoted")
def ping_quoted(host: str = Form(...)):
    out = subprocess.check_output("ping -c 1 " + shlex.quote(host), shell=True, text=True)  # ok: command-injection
    return {"output": out}


@router.post("/ops/dig")
def dig(domain: str = Form(...)):
    return {"output": os.popen("dig +short " + domain).read()}  # expect: command-injection


@router.post("/ops/restart")
def restart(service: str = Form(...)):
    if service not in ALLOWED_SERVICES:
        return {"error": "unknown service"}
    subprocess.run(f"systemctl restart {service}", shell=True, check=True)  # ok: command-injection
    return {"restarted": service}


@router.post("/ops/logs")
def logs(unit: str = Form(...), lines: int = Form(100)):
    cmd = ["sh", "-c", f"journalctl -u {unit} -n {lines}"]
    return {"output": subprocess.run(cmd, capture_output=True, text=True).stdout}  # expect: command-injection


@router.post("/ops/tail")
def tail(lines: int = Form(100)):
    return {"output": subprocess.getoutput(f"tail -n {lines} /var/log/app.log")}  # ok: command-injection


@router.post("/ops/archive")
async def archive(folder: str = Form(...)):
    proc = await asyncio.create_subprocess_shell(f"tar czf /tmp/export.tgz {folder}")  # expect: command-injection
    await proc.wait()
    return {"ok": proc.returncode == 0}


@router.post("/ops/archive-safe")
async def archive_safe(folder: str = Form(...)):
    proc = await asyncio.create_subprocess_exec("tar", "czf", "/tmp/export.tgz", "--", folder)  # ok: command-injection
    await proc.wait()
    return {"ok": proc.returncode == 0}
