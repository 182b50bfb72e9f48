# corpus: path=netcheck/ping.py
import os


def ping_host(host):
    """Ping the host the user gave and report whether it answered."""
    status = os.system("ping -c 1 -W 2 " + host)  # expect: command-injection
    return status == 0
