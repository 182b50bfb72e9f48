# corpus: path=deploy/remote.py
import paramiko


def run_remote(host, user, key_path, command):
    """Connect over SSH and run one command."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: tls-verify-disabled
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    try:
        _, stdout, _ = client.exec_command(command)
        return stdout.read().decode()
    finally:
        client.close()
