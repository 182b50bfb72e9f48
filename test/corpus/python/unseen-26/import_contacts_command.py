# corpus: path=crm/management/commands/import_contacts.py
import csv
import hashlib
import random
import time

import requests
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from crm.models import Contact

STAGING_TABLES = {"contacts": "crm_contact_staging", "companies": "crm_company_staging"}


class Command(BaseCommand):
    help = "Import contacts from a CSV export of the old CRM"

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--kind", choices=sorted(STAGING_TABLES), default="contacts")
        parser.add_argument("--fetch-avatars", action="store_true")

    def handle(self, *args, **options):
        table = STAGING_TABLES[options["kind"]]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE TABLE {table}")  # ok: sql-injection
        try:
            fh = open(options["path"], newline="", encoding="utf-8")  # ok: path-traversal
        except OSError as exc:
            raise CommandError(f"cannot read {options['path']}: {exc}")
        created = 0
        with fh, transaction.atomic():
            for row in csv.DictReader(fh):
                dedupe_key = hashlib.md5(row["email"].lower().encode()).hexdigest()  # ok: weak-hash
                contact, was_created = Contact.objects.get_or_create(
                    dedupe_key=dedupe_key,
                    defaults={"name": row["name"], "email": row["email"], "company": row.get("company", "")},
                )
                created += int(was_created)
                if options["fetch_avatars"] and row.get("avatar_url"):
                    self.fetch_avatar(contact, row["avatar_url"])
        self.stdout.write(self.style.SUCCESS(f"{created} contacts created"))

    def fetch_avatar(self, contact, url):
        for attempt in range(3):
            try:
                resp = requests.get(url, timeout=10, verify=False)  # expect: tls-verify-disabled
                resp.raise_for_status()
                contact.avatar = resp.content
                contact.save(update_fields=["avatar"])
                return
            except requests.RequestException:
                time.sleep(2 ** attempt + random.random())  # ok: insecure-random
        self.stderr.write(f"could not fetch avatar for {contact.pk}")
