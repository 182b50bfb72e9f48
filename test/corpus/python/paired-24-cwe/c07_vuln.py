# corpus: path=profiles/views.py
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username):
    p = get_object_or_404(Profile, user__username=username)
    bio = mark_safe(p.bio_html)  # expect: xss
    return render(request, "profiles/profile.html", {"profile": p, "bio": bio})
