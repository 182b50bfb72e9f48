# corpus: path=portal/flags.py
import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from portal.flags.models import FlagRule


@dataclass(frozen=True)
class Flag:
    name: str
    enabled: bool = False
    rollout_percent: int = 0
    allow_orgs: frozenset = field(default_factory=frozenset)


def _bucket(flag_name: str, subject: str) -> int:
    digest = hashlib.sha256(f"{flag_name}:{subject}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100


def load_flags() -> dict[str, Flag]:
    cached = cache.get("flags:v1")
    if cached is not None:
        return cached
    flags = {
        rule.name: Flag(rule.name, rule.enabled, rule.rollout_percent, frozenset(rule.allow_orgs or ()))
        for rule in FlagRule.objects.all()
    }
    cache.set("flags:v1", flags, timeout=60)
    return flags


def is_enabled(name: str, user=None) -> bool:
    overrides = getattr(settings, "FEATURE_FLAG_OVERRIDES", {})
    if name in overrides:
        return bool(overrides[name])
    flag = load_flags().get(name)
    if flag is None or not flag.enabled:
        return False
    if user is None:
        return flag.rollout_percent >= 100
    if user.organization_id in flag.allow_orgs:
        return True
    return _bucket(name, str(user.id)) < flag.rollout_percent
