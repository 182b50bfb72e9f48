# corpus: path=app/storage/keys.py
import os


def write_key_file(path, key_bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)  # ok: insecure-permissions
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)


def write_key_file_private(path, key_bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # ok: insecure-permissions
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)
