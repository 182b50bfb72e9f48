# corpus: path=netcheck/ping.py
import ipaddress
import subprocess


def ping_host(host):
    """Ping the host the user gave and report whether it answered."""
    address = str(ipaddress.ip_address(host))
    result = subprocess.run(  # ok: command-injection
        ["ping", "-c", "1", "-W", "2", address],
        capture_output=True,
        timeout=5,
    )
    return result.returncode == 0
