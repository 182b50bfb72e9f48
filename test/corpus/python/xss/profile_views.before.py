from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html

from .models import Profile


@login_required
def profile(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    return render(request, "profiles/detail.html", {"profile": profile})


def profile_badge(profile):
    return format_html('<span class="badge">{}</span>', profile.display_name)
