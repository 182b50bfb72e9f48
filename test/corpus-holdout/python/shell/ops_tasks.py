# corpus: path=ops/tasks.py
"""Ops endpoints for the internal admin tool."""
import os
import shlex
import subprocess as proc

from fastapi import APIRouter, Query

router = APIRouter(prefix="/ops")
LOG_DIR = "/var/log/app"


@router.get("/tail")
def tail(lines: int = 100, unit: str = Query("app")):
    cmd = "journalctl -u %s -n %d --no-pager" % (unit, lines)
    out = proc.run(cmd, shell=True, capture_output=True, text=True)  # expect: command-injection
    return {"log": out.stdout}


@router.get("/tail-safe")
def tail_safe(lines: int = 100, unit: str = Query("app")):
    out = proc.run(["journalctl", "-u", unit, "-n", str(lines), "--no-pager"], capture_output=True, text=True)  # ok: command-injection
    return {"log": out.stdout}


@router.get("/grep")
def grep(pattern: str):
    cmd = "grep -rn " + shlex.quote(pattern) + " " + LOG_DIR
    out = proc.run(cmd, shell=True, capture_output=True, text=True)  # ok: command-injection
    return {"matches": out.stdout.splitlines()}


@router.post("/restart")
def restart(service: str):
    code = os.system(  # expect: command-injection
        "systemctl restart " + service
    )
    return {"exit": code}


@router.post("/restart-all")
def restart_all():
    code = os.system("systemctl restart app-web app-worker")  # ok: command-injection
    return {"exit": code}


@router.get("/disk")
def disk(mount: str = "/"):
    import subprocess

    out = subprocess.getoutput(f"df -h {mount}")  # expect: command-injection
    return {"df": out}
