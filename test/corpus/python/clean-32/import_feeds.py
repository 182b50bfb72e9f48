# corpus: path=newsroom/syndication/management/commands/import_feeds.py
import hashlib
import logging
import subprocess
import tempfile
from pathlib import Path

import feedparser
import requests
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from newsroom.syndication.models import Feed, FeedItem

log = logging.getLogger("newsroom.syndication")

USER_AGENT = "NewsroomSyndication/2.4 (+https://newsroom.example.org/bot)"
THUMBNAIL_SIZE = "640x360"


class Command(BaseCommand):
    help = "Fetch every active partner feed and store new items."

    def add_arguments(self, parser):
        parser.add_argument("--feed", action="append", dest="feeds", help="Only fetch feeds with these slugs")
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--timeout", type=int, default=20)
        parser.add_argument("--reindex", action="store_true", help="Rebuild the search index afterwards")

    def handle(self, *args, feeds=None, dry_run=False, timeout=20, reindex=False, **options):
        queryset = Feed.objects.filter(active=True)
        if feeds:
            queryset = queryset.filter(slug__in=feeds)
        if not queryset.exists():
            raise CommandError("No active feeds match.")

        session = requests.Session()
        session.headers["User-Agent"] = USER_AGENT
        created_total = 0
        for feed in queryset.order_by("slug"):
            try:
                created_total += self.import_feed(session, feed, timeout=timeout, dry_run=dry_run)
            except requests.RequestException as exc:
                log.warning("feed %s failed: %s", feed.slug, exc)
                feed.last_error = str(exc)[:500]
                feed.save(update_fields=["last_error"])

        self.stdout.write(self.style.SUCCESS(f"Imported {created_total} new items"))
        if reindex and not dry_run:
            call_command("update_index", "syndication.feeditem", "--remove", verbosity=0)

    def import_feed(self, session, feed, *, timeout, dry_run):
        headers = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        response = session.get(feed.url, headers=headers, timeout=timeout)  # ok: ssrf
        if response.status_code == 304:
            log.debug("feed %s not modified", feed.slug)
            return 0
        response.raise_for_status()
        parsed = feedparser.parse(response.content)
        created = 0
        with transaction.atomic():
            for entry in parsed.entries:
                guid = entry.get("id") or entry.get("link")
                if not guid:
                    continue
                guid_hash = hashlib.sha1(guid.encode("utf-8")).hexdigest()  # ok: weak-hash
                if FeedItem.objects.filter(feed=feed, guid_hash=guid_hash).exists():
                    continue
                if dry_run:
                    self.stdout.write(f"would import {entry.get('title', guid)[:80]}")
                    created += 1
                    continue
                item = FeedItem.objects.create(
                    feed=feed,
                    guid=guid[:1000],
                    guid_hash=guid_hash,
                    title=entry.get("title", "")[:300],
                    summary=entry.get("summary", ""),
                    link=entry.get("link", ""),
                    fetched_at=timezone.now(),
                )
                created += 1
                image_url = next((m["url"] for m in entry.get("media_content", []) if m.get("medium") == "image"), None)
                if image_url and feed.fetch_images:
                    self.store_thumbnail(session, item, image_url, timeout)
            feed.etag = response.headers.get("ETag", "")
            feed.last_fetched_at = timezone.now()
            feed.last_error = ""
            feed.save(update_fields=["etag", "last_fetched_at", "last_error"])
        log.info("feed %s: %d new items", feed.slug, created)
        return created

    def store_thumbnail(self, session, item, image_url, timeout):
        if not image_url.startswith("https://") or not item.feed.allows_host(image_url):
            return
        response = session.get(image_url, timeout=timeout, stream=True)  # ok: ssrf
        response.raise_for_status()
        thumbs_dir = Path(settings.MEDIA_ROOT) / "syndication" / "thumbs"
        thumbs_dir.mkdir(parents=True, exist_ok=True)
        target = thumbs_dir / f"{item.pk}.jpg"
        with tempfile.NamedTemporaryFile(suffix=".img", dir=thumbs_dir) as tmp:  # ok: insecure-temp-file
            for chunk in response.iter_content(64 * 1024):
                tmp.write(chunk)
            tmp.flush()
            subprocess.run(  # ok: command-injection
                ["convert", tmp.name, "-resize", f"{THUMBNAIL_SIZE}^", "-gravity", "center", "-extent", THUMBNAIL_SIZE, str(target)],
                check=True,
                timeout=60,
            )
        item.thumbnail = f"syndication/thumbs/{item.pk}.jpg"
        item.save(update_fields=["thumbnail"])
