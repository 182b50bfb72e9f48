# corpus: path=profiles/views.py
import bleach
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile

ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "p", "ul", "li"]


def profile(request, username):
    p = get_object_or_404(Profile, user__username=username)
    bio = mark_safe(bleach.clean(p.bio_html, tags=ALLOWED_TAGS, strip=True))  # ok: xss
    return render(request, "profiles/profile.html", {"profile": p, "bio": bio})
