# corpus: path=reports/files.py changeset=reports
import os

from django.conf import settings

REPORT_DIR = os.path.join(settings.MEDIA_ROOT, "reports")
ARCHIVE_DIR = os.path.join(settings.MEDIA_ROOT, "archive")


def open_report(name):
    return open(os.path.join(REPORT_DIR, name), "rb")  # expect: path-traversal


def open_archive(name):
    return open(os.path.join(ARCHIVE_DIR, os.path.basename(name)), "rb")  # ok: path-traversal
