# corpus: path=app/reports/archive.py
import os


def archive_report(report_name):
    os.system("tar czf /var/backups/reports.tgz /srv/reports/" + report_name)  # expect: command-injection
