# corpus: path=ledger/accounts/management/commands/rotate_keys.py
import logging
import secrets
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from ledger.accounts.models import ApiKey, Organization
from ledger.security.tokens import digest_token, new_api_key

log = logging.getLogger("ledger.maintenance")

STALE_AFTER = timedelta(days=180)


class Command(BaseCommand):
    help = "Revoke API keys unused for 180 days and optionally issue replacements."

    def add_arguments(self, parser):
        parser.add_argument("--org", help="only this organisation's slug")
        parser.add_argument("--issue", action="store_true", help="issue a replacement for each revoked key")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        cutoff = timezone.now() - STALE_AFTER
        keys = ApiKey.objects.filter(revoked_at__isnull=True, last_used_at__lt=cutoff)
        if options["org"]:
            try:
                org = Organization.objects.get(slug=options["org"])
            except Organization.DoesNotExist:
                raise CommandError(f"no organisation {options['org']!r}")
            keys = keys.filter(organization=org)

        count = keys.count()
        self.stdout.write(f"{count} stale key(s) last used before {cutoff:%Y-%m-%d}")
        if options["dry_run"] or count == 0:
            return

        issued = []
        with transaction.atomic():
            for key in keys.select_for_update():
                key.revoked_at = timezone.now()
                key.save(update_fields=["revoked_at"])
                log.info("revoked stale api key %s (prefix %s) of org %s", key.pk, key.prefix, key.organization_id)  # ok: sensitive-logging
                if options["issue"]:
                    replacement = new_api_key()
                    ApiKey.objects.create(
                        organization=key.organization,
                        name=f"{key.name} (rotated)",
                        prefix=replacement.prefix,
                        key_hash=replacement.digest,
                    )
                    issued.append((key.organization.slug, replacement.raw))

        for slug, raw in issued:
            self.stdout.write(f"{slug}: {raw}")  # ok: sensitive-logging
        self.stdout.write(self.style.SUCCESS(f"revoked {count}, issued {len(issued)}"))

        with connection.cursor() as cur:
            cur.execute("SELECT count(*) FROM accounts_apikey WHERE revoked_at IS NULL AND organization_id = ANY(%s)", [[o.pk for o in Organization.objects.all()]])
            self.stdout.write(f"{cur.fetchone()[0]} active key(s) remain")


def audit_sample(size=20):
    """A random sample of active keys for the quarterly access review."""
    active = list(ApiKey.objects.filter(revoked_at__isnull=True).values_list("pk", flat=True))
    picker = secrets.SystemRandom()
    return picker.sample(active, min(size, len(active)))


def key_matches(raw: str, key: ApiKey) -> bool:
    return secrets.compare_digest(digest_token(raw), key.key_hash)
