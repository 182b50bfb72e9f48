# corpus: path=app/storage/local.py
import os


def save_upload(directory, filename, data):
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, os.path.basename(filename))
    with open(path, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o777)  # expect: insecure-permissions
    return path
