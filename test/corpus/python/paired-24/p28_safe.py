# corpus: path=app/reports/archive.py
import os
import shlex


def archive_report(report_name):
    os.system("tar czf /var/backups/reports.tgz /srv/reports/" + shlex.quote(report_name))  # ok: command-injection
