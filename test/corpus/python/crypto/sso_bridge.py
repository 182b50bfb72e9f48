# corpus: path=sso/bridge.py
"""Accepts tokens from the partner IdP and maps them to local sessions."""
import jwt
from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from jose import jwt as jose_jwt

from .keys import partner_key_for


def partner_login(request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(  # expect: jwt-weak
        token,
        settings.PARTNER_PUBLIC_KEY,
        algorithms=["RS256"],
        options={"verify_signature": False, "verify_exp": True},
    )
    request.session["partner_user"] = claims["sub"]
    return JsonResponse({"ok": True})


def partner_login_verified(request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    header = jose_jwt.get_unverified_header(token)
    key = partner_key_for(header["kid"])
    claims = jose_jwt.decode(token, key, algorithms=["RS256"], audience=settings.PARTNER_AUDIENCE)  # ok: jwt-weak
    request.session["partner_user"] = claims["sub"]
    return JsonResponse({"ok": True})


def partner_admin_only(view):
    def wrapper(request, *args, **kwargs):
        token = request.COOKIES.get("partner_token", "")
        claims = jose_jwt.get_unverified_claims(token)  # expect: jwt-weak
        if claims.get("role") != "admin":
            return HttpResponseForbidden()
        return view(request, *args, **kwargs)

    return wrapper


def partner_audit_entry(request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, settings.PARTNER_PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})  # ok: jwt-weak
    return JsonResponse({"issuer": claims.get("iss")})


def legacy_session(request):
    token = request.GET.get("t", "")
    opts = {"verify_signature": False}  # also: jwt-weak
    data = jwt.decode(token, settings.SECRET_KEY, options=opts)  # expect: jwt-weak
    return JsonResponse({"user": data.get("uid")})
