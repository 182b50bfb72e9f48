# corpus: path=scripts/backfill_slugs.py
"""One-off: give every author without a slug one derived from their name.

Run with `python manage.py shell < scripts/backfill_slugs.py` after deploying 0042.
"""
from django.db import transaction
from django.utils.text import slugify

from library.models import Author

seen = set(Author.objects.exclude(slug="").values_list("slug", flat=True))
changed = 0

with transaction.atomic():
    for author in Author.objects.filter(slug="").order_by("id"):
        base = slugify(author.name)[:45] or f"author-{author.id}"
        slug = base
        n = 2
        while slug in seen:
            slug = f"{base}-{n}"
            n += 1
        seen.add(slug)
        author.slug = slug
        author.save(update_fields=["slug"])
        changed += 1
        print(f"{author.id}: {slug}")

print(f"backfilled {changed} slugs")
