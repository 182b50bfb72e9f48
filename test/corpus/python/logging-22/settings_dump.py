# corpus: path=app/management/commands/show_settings.py
from django.conf import settings
from django.core.management.base import BaseCommand

SENSITIVE = ("SECRET_KEY", "DATABASE_PASSWORD", "STRIPE_SECRET_KEY")


class Command(BaseCommand):
    help = "Prints the effective settings"

    def handle(self, *args, **options):
        for name in sorted(dir(settings)):
            if not name.isupper():
                continue
            value = getattr(settings, name)
            if name in SENSITIVE:
                value = "********"
            self.stdout.write(f"{name} = {value!r}")  # ok: sensitive-logging
        self.stdout.write(f"SECRET_KEY length: {len(settings.SECRET_KEY)}")  # ok: sensitive-logging
        self.stdout.write(f"DB password: {settings.DATABASES['default']['PASSWORD']}")  # expect: sensitive-logging
