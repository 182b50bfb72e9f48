# corpus: path=netops/api.py
import subprocess
from ipaddress import ip_address

from fastapi import APIRouter, HTTPException, Query

router = APIRouter(prefix="/diagnostics")


@router.get("/ping")
def ping(host: str = Query(..., max_length=255)):
    try:
        addr = str(ip_address(host))
    except ValueError:
        raise HTTPException(status_code=422, detail="host must be an IP address")
    result = subprocess.run(["ping", "-c", "3", addr], capture_output=True, text=True, timeout=10)  # ok: command-injection
    return {"output": result.stdout}


@router.get("/traceroute")
def traceroute(host: str):
    result = subprocess.run(  # expect: command-injection
        "traceroute -m 15 " + host,
        shell=True,
        capture_output=True,
        text=True,
    )
    return {"output": result.stdout}


@router.get("/dig")
def dig(name: str, record: str = "A"):
    proc = subprocess.Popen(f"dig +short {record} {name}", shell=True, stdout=subprocess.PIPE)  # expect: command-injection
    out, _ = proc.communicate(timeout=5)
    return {"answer": out.decode().split()}


@router.get("/uptime")
def uptime():
    out = subprocess.check_output("uptime", shell=True, text=True)  # ok: command-injection
    return {"uptime": out.strip()}
