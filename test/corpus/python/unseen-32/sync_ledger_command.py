# corpus: path=billing/management/commands/sync_ledger.py
import logging
import subprocess
import tempfile
from pathlib import Path

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from lxml import etree

from billing.models import LedgerEntry

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Pull the day's ledger export from the accounting system and load it"

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True, help="YYYY-MM-DD")
        parser.add_argument("--gpg-home", default=str(Path.home() / ".gnupg"))
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        url = f"{settings.LEDGER_EXPORT_URL}/exports/{options['date']}.xml.gpg"
        resp = requests.get(url, auth=(settings.LEDGER_USER, settings.LEDGER_PASSWORD), timeout=120)
        if resp.status_code != 200:
            raise CommandError(f"export for {options['date']} not available ({resp.status_code})")

        with tempfile.TemporaryDirectory() as tmp:
            encrypted = Path(tmp) / "ledger.xml.gpg"
            encrypted.write_bytes(resp.content)
            # Arguments come from whoever runs manage.py on the server, not from a request; a home
            # directory with a space still splits into two words here.
            subprocess.run(  # expect: command-injection
                f"gpg --homedir {options['gpg_home']} --batch --decrypt {encrypted} > {tmp}/ledger.xml",
                shell=True,
                check=True,
            )
            raw = (Path(tmp) / "ledger.xml").read_bytes()

        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(raw, parser=parser)  # ok: xxe
        entries = [
            LedgerEntry(
                reference=node.findtext("reference"),
                account=node.findtext("account"),
                amount_cents=int(node.findtext("amountCents")),
                booked_on=options["date"],
            )
            for node in root.iterfind("entry")
        ]
        if options["dry_run"]:
            self.stdout.write(f"would load {len(entries)} entries")
            return
        LedgerEntry.objects.filter(booked_on=options["date"]).delete()
        LedgerEntry.objects.bulk_create(entries, batch_size=500)
        self.stdout.write(self.style.SUCCESS(f"loaded {len(entries)} entries"))
