# corpus: path=community/profiles/views.py
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Profile


@login_required
def profile(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    bio_html = mark_safe(profile.bio)  # expect: xss
    return render(request, "profiles/detail.html", {"profile": profile, "bio": bio_html})


def profile_badge(profile):
    return format_html('<span class="badge">{}</span>', profile.display_name)


def profile_card(request):
    name = request.GET.get("name", "")
    return HttpResponse("<div class='card'>Hello, %s</div>" % name)  # expect: xss


def profile_card_json(request):
    name = request.GET.get("name", "")
    return HttpResponse('{"greeting": "Hello"}', content_type="application/json")  # ok: xss
