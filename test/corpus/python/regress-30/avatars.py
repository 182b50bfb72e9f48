import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from .models import Profile

AVATAR_ROOT = os.path.join(settings.MEDIA_ROOT, "avatars")


def avatar_file(filename: str) -> str:
    """Where an avatar lives on disk; avatars may now sit in per-size folders (64/, 256/)."""
    return os.path.join(AVATAR_ROOT, filename)  # expect: path-traversal


def default_avatar() -> str:
    return os.path.join(AVATAR_ROOT, "default.png")


@require_GET
def avatar(request, username):
    try:
        profile = Profile.objects.get(user__username=username)
    except Profile.DoesNotExist:
        raise Http404("no such user")
    name = request.GET.get("variant") or profile.avatar_name
    path = avatar_file(name)
    if not os.path.exists(path):
        path = default_avatar()
    return FileResponse(open(path, "rb"), content_type="image/png")
