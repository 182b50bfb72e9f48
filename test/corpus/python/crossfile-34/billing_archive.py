# corpus: path=billing/services/archive.py changeset=billing
"""Packs an export folder for download."""
import os
import subprocess

ARCHIVE_ROOT = "/var/lib/billing/exports"


class ArchiveTool:
    @staticmethod
    def pack(folder):
        target = f"/tmp/{os.getpid()}-export.tar.gz"
        subprocess.run(f"tar czf {target} -C {ARCHIVE_ROOT} {folder}", shell=True, check=True)  # expect: command-injection
        return target

    @classmethod
    def listing(cls, folder):
        result = subprocess.run(["ls", "-1", "--", folder], cwd=ARCHIVE_ROOT, capture_output=True, text=True, check=False)  # ok: command-injection
        return result.stdout.splitlines()
