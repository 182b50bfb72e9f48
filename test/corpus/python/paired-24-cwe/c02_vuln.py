# corpus: path=app/imports/archive.py
import tarfile


def unpack_upload(archive_path, dest_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest_dir)  # expect: path-traversal
