# corpus: path=accounts/views.py
import base64
import hashlib
import hmac
import pickle
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

User = get_user_model()


class PreferencesView(View):
    cookie_name = "prefs"

    def load_prefs(self, request):
        raw = request.COOKIES.get(self.cookie_name)
        if not raw:
            return {}
        return pickle.loads(base64.b64decode(raw))  # expect: unsafe-deserialization

    def get(self, request):
        return JsonResponse(self.load_prefs(request))


class SignedPreferencesView(View):
    def get(self, request):
        raw = request.COOKIES.get("prefs", "")
        body, _, sig = raw.partition(".")
        expected = hmac.new(settings.SECRET_KEY.encode(), body.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(sig, expected):
            return HttpResponseBadRequest("bad signature")
        return JsonResponse({"prefs": base64.b64decode(body).decode()})


class LoginRedirectView(View):
    def get(self, request):
        self.next_url = request.GET.get("next", "/")
        return self.finish()

    def finish(self):
        return HttpResponseRedirect(self.next_url)  # expect: open-redirect


class SafeLoginRedirectView(View):
    def get(self, request):
        target = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
            target = "/"
        return HttpResponseRedirect(target)  # ok: open-redirect


def api_token_for(user) -> str:
    digest = hashlib.sha1(f"{user.pk}:{user.email}".encode()).hexdigest()  # expect: weak-hash
    user.api_token = digest
    user.save(update_fields=["api_token"])
    return digest


def invite_code() -> str:
    return secrets.token_urlsafe(16)


def gravatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"
