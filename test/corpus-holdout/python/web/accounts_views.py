# corpus: path=accounts/views.py
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe


def login_view(request):
    next_url = request.GET.get("next", "/")
    if request.method == "POST":
        user = authenticate(
            request,
            username=request.POST.get("username"),
            password=request.POST.get("password"),
        )
        if user is not None:
            login(request, user)
            if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
                return redirect(next_url)  # ok: open-redirect
            return redirect("/")
    return render(request, "accounts/login.html", {"next": next_url})


def logout_view(request):
    logout(request)
    return HttpResponseRedirect(request.GET.get("next", "/"))  # expect: open-redirect


def sso_callback(request):
    target = request.GET.get("return_to") or settings.LOGIN_REDIRECT_URL
    host = urlparse(target).netloc
    if host and host not in settings.SSO_TRUSTED_HOSTS:
        target = "/"
    if request.GET.get("popup") == "1":
        return redirect(request.GET["return_to"])  # expect: open-redirect
    return redirect(target)


def greet(request):
    name = request.GET.get("name", "friend")
    return HttpResponse("<h1>Hello " + name + "</h1>")  # expect: xss


def greet_escaped(request):
    name = request.GET.get("name", "friend")
    return HttpResponse(format_html("<h1>Hello {}</h1>", name))  # ok: xss


def bio(request, username):
    profile = request.user.profile
    html = mark_safe(f"<div class='bio'>{profile.bio}</div>")  # expect: xss
    return render(request, "accounts/bio.html", {"bio": html})


def bio_plain(request, username):
    profile = request.user.profile
    html = mark_safe("<div class='bio'>" + escape(profile.bio) + "</div>")  # ok: xss
    return render(request, "accounts/bio.html", {"bio": html})
