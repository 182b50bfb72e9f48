# corpus: path=accounts/api/views.py
import hashlib
import random
import secrets

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.models import EmailChange, Device


@require_POST
def sign_in(request):
    user = authenticate(request, username=request.POST["email"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    response = JsonResponse({"ok": True})
    response.set_cookie("device_token", Device.issue(user).token, max_age=365 * 86400, httponly=True, samesite="Lax")  # expect: insecure-cookie
    response.set_cookie("ui_density", request.POST.get("density", "comfortable"), max_age=365 * 86400)  # ok: insecure-cookie
    return response


@require_POST
def request_email_change(request):
    code = f"{random.randrange(10**7, 10**8)}"  # expect: insecure-random
    EmailChange.objects.create(user=request.user, new_email=request.POST["email"], code_digest=hashlib.sha256(code.encode()).hexdigest())
    return JsonResponse({"sent": True})


def device_fingerprint(request) -> str:
    ua = request.META.get("HTTP_USER_AGENT", "")
    return hashlib.md5(ua.encode()).hexdigest()  # ok: weak-hash


def api_key_for(user) -> str:
    raw = secrets.token_urlsafe(32)  # ok: insecure-random
    user.api_keys.create(digest=hashlib.sha1(raw.encode()).hexdigest())  # expect: weak-hash
    return raw


def shuffle_featured(items):
    random.shuffle(items)  # ok: insecure-random
    return items[: settings.FEATURED_COUNT]
