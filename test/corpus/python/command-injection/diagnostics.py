# corpus: path=netops/api/diagnostics.py
import ipaddress
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("diagnostics", __name__)


@bp.post("/diagnostics/ping")
def ping():
    host = request.json.get("host", "")
    output = subprocess.check_output("ping -c 3 " + host, shell=True, text=True, timeout=15)  # expect: command-injection
    return jsonify(output=output)


@bp.post("/diagnostics/traceroute")
def traceroute():
    raw = request.json.get("host", "")
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError:
        abort(400, "host must be an IP address")
    output = subprocess.check_output(["traceroute", "-n", "-w", "2", str(addr)], text=True, timeout=60)  # ok: command-injection
    return jsonify(output=output)


@bp.post("/diagnostics/dns")
def dns_lookup():
    name = request.json["name"]
    record_type = request.json.get("type", "A")
    proc = subprocess.Popen(  # expect: command-injection
        f"dig +short {name} {record_type}",
        shell=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = proc.communicate(timeout=10)
    return jsonify(output=out, error=err)


@bp.post("/diagnostics/whois")
def whois():
    domain = request.json["domain"]
    proc = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=20)  # ok: command-injection
    return jsonify(output=proc.stdout)
