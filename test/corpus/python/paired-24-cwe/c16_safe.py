# corpus: path=app/files/read.py
import os

BASE_DIR = "/srv/app/public"


def read_public_file(filename):
    path = os.path.realpath(os.path.join(BASE_DIR, filename))
    if not path.startswith(BASE_DIR + os.sep):
        raise PermissionError(filename)
    with open(path, "rb") as fh:  # ok: path-traversal
        return fh.read()
