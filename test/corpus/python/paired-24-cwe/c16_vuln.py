# corpus: path=app/files/read.py
import os

BASE_DIR = "/srv/app/public"


def read_public_file(filename):
    path = os.path.join(BASE_DIR, filename)
    with open(path, "rb") as fh:  # expect: path-traversal
        return fh.read()
