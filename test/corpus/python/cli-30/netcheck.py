# corpus: path=scripts/netcheck.py
"""Checks that the hosts a technician names answer, from the office jump box."""
import ipaddress
import shlex
import subprocess
import sys


def ping_shell(host: str) -> int:
    return subprocess.call("ping -c 3 " + host, shell=True)  # expect: command-injection


def ping_args(host: str) -> int:
    return subprocess.call(["ping", "-c", "3", host])  # ok: command-injection


def traceroute(host: str) -> str:
    out = subprocess.run(f"traceroute -m 12 {shlex.quote(host)}", shell=True, capture_output=True, text=True)  # ok: command-injection
    return out.stdout


def main() -> int:
    host = input("host or address to check: ").strip()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        print(f"{host} is not an address; resolving by name")
    status = subprocess.call(f"ping -c 1 -W 2 {host}", shell=True)  # expect: command-injection
    if status != 0:
        print("no answer; tracing the route")
        print(traceroute(host))
    retries = int(input("extra pings (0-5): ") or "0")
    subprocess.call(f"ping -c {min(max(retries, 0), 5)} 127.0.0.1", shell=True)  # ok: command-injection
    return ping_args(host)


if __name__ == "__main__":
    sys.exit(main())
