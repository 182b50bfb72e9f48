# corpus: path=profiles/views.py
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Profile

log = logging.getLogger(__name__)


@login_required
def update_bio(request):
    profile = get_object_or_404(Profile, user=request.user)
    bio = request.POST.get("bio", "")
    profile.bio = bio
    profile.save()
    log.info(f"user {request.user.pk} updated bio to {bio!r}")  # ok: log-injection
    log.info("user %s updated bio", request.user.username)  # ok: log-injection
    return JsonResponse({"ok": True})


def lookup(request):
    handle = request.GET.get("handle", "")
    log.debug("lookup handle=%s" % handle)  # expect: log-injection
    profile = get_object_or_404(Profile, handle=handle)
    return JsonResponse({"handle": profile.handle})
