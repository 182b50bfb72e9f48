import logging

from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import Profile

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Profile)
def invalidate_profile_cache(sender, instance, **kwargs):
    cache.delete(f"profile:{instance.user_id}")
