# corpus: path=app/storage/setup.py
import os
import stat


def prepare_spool(directory):
    os.makedirs(directory, exist_ok=True)
    os.chmod(directory, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)  # ok: insecure-permissions
