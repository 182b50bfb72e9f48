# corpus: path=accounts/signals.py
import logging
import pickle

import requests
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import Profile

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Profile)
def invalidate_profile_cache(sender, instance, **kwargs):
    cache.delete(f"profile:{instance.user_id}")


@receiver(post_save, sender=Profile)
def notify_profile_webhook(sender, instance, created, **kwargs):
    if not instance.webhook_url:
        return
    payload = {"user": instance.user_id, "event": "created" if created else "updated"}
    try:
        requests.post(instance.webhook_url, json=payload, timeout=5)  # expect: ssrf
    except requests.RequestException:
        logger.warning("profile webhook failed for user %s", instance.user_id)


@receiver(post_save, sender=Profile)
def notify_audit_log(sender, instance, created, **kwargs):
    payload = {"user": instance.user_id, "event": "profile_saved"}
    requests.post(settings.AUDIT_WEBHOOK_URL, json=payload, timeout=5)  # ok: ssrf


def cached_profile(user_id):
    blob = cache.get(f"profile-blob:{user_id}")
    if blob is not None:
        return pickle.loads(blob)  # ok: unsafe-deserialization
    profile = Profile.objects.select_related("user").get(user_id=user_id)
    cache.set(f"profile-blob:{user_id}", pickle.dumps(profile), 300)
    return profile
