# corpus: path=sync/partner_sftp.py
"""Nightly pull of partner drop folders over SFTP. The partner's server decides what the files are
called, so a name like ../../etc/cron.d/x is theirs to send; local paths are built defensively."""
import logging
import os
import posixpath
import stat

import paramiko
import yaml

log = logging.getLogger("partner-sync")

LOCAL_ROOT = os.path.realpath(os.environ.get("PARTNER_DROP", "/srv/partner-drop"))


def connect(host: str, user: str, key_path: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=30)
    return client.open_sftp()


def pull_all(sftp: paramiko.SFTPClient, remote_dir: str, partner: str) -> int:
    count = 0
    for entry in sftp.listdir_attr(remote_dir):
        if stat.S_ISDIR(entry.st_mode):
            continue
        local_path = os.path.join(LOCAL_ROOT, partner, entry.filename)
        sftp.get(posixpath.join(remote_dir, entry.filename), local_path)  # expect: path-traversal
        count += 1
    return count


def pull_all_confined(sftp: paramiko.SFTPClient, remote_dir: str, partner: str) -> int:
    count = 0
    base = os.path.join(LOCAL_ROOT, partner)
    for entry in sftp.listdir_attr(remote_dir):
        if stat.S_ISDIR(entry.st_mode):
            continue
        name = os.path.basename(entry.filename)
        local_path = os.path.realpath(os.path.join(base, name))
        if not local_path.startswith(base + os.sep):
            log.warning("skipping remote file with unsafe name %r", entry.filename)
            continue
        sftp.get(posixpath.join(remote_dir, entry.filename), local_path)  # ok: path-traversal
        count += 1
    return count


def read_manifest(sftp: paramiko.SFTPClient, remote_dir: str) -> dict:
    with sftp.open(posixpath.join(remote_dir, "manifest.yml")) as fh:
        return yaml.load(fh, Loader=yaml.Loader)  # expect: unsafe-deserialization


def read_manifest_safe(sftp: paramiko.SFTPClient, remote_dir: str) -> dict:
    with sftp.open(posixpath.join(remote_dir, "manifest.yml")) as fh:
        return yaml.safe_load(fh)  # ok: unsafe-deserialization


def main() -> None:
    with open("/etc/partner-sync/partners.yml") as fh:
        partners = yaml.safe_load(fh)
    for partner in partners:
        sftp = connect(partner["host"], partner["user"], partner["key"])
        try:
            pulled = pull_all_confined(sftp, partner.get("dir", "/outgoing"), partner["name"])
            log.info("pulled %d files from %s", pulled, partner["name"])
        finally:
            sftp.close()


if __name__ == "__main__":
    main()
