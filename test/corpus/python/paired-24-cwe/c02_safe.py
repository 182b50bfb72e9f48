# corpus: path=app/imports/archive.py
import zipfile


def unpack_upload(archive_path, dest_dir):
    with zipfile.ZipFile(archive_path) as zf:
        zf.extractall(dest_dir)  # ok: path-traversal
