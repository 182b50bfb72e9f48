# corpus: path=accounts/login.py
"""Login and logout views with "next" handling."""
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "accounts/login.html", {"error": True}, status=401)
    login(request, user)
    next_url = request.POST.get("next") or request.GET.get("next") or "/"
    destination = next_url
    return HttpResponseRedirect(destination)  # expect: open-redirect


def login_view_checked(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "accounts/login.html", {"error": True}, status=401)
    login(request, user)
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = settings.LOGIN_REDIRECT_URL
    return HttpResponseRedirect(next_url)  # ok: open-redirect


def logout_view(request):
    logout(request)
    back = request.META.get("HTTP_REFERER", "/")
    return redirect(back)  # expect: open-redirect


def logout_view_relative(request):
    logout(request)
    back = request.GET.get("back", "/")
    if urlparse(back).netloc or not back.startswith("/") or back.startswith("//"):
        back = "/"
    return redirect(back)  # ok: open-redirect


def switch_language(request, lang):
    response = redirect(request.GET.get("return_to", "/"))  # expect: open-redirect
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return response


def goto_settings(request):
    return redirect("accounts:settings")  # ok: open-redirect
