# corpus: path=accounts/views.py
import logging

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accounts.forms import LoginForm
from accounts.models import Profile

log = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, **form.cleaned_data)
        if user is None:
            messages.error(request, "Invalid credentials")
            return render(request, "accounts/login.html", {"form": form})
        login(request, user)
        target = request.POST.get("next") or reverse("dashboard")  # expect: open-redirect
        log.info("user %s logged in", user.pk)
        return redirect(target)  # also: open-redirect
    return render(request, "accounts/login.html", {"form": form})


def logout_view(request):
    logout(request)
    return redirect("home")


def theme(request):
    resp = redirect("dashboard")
    resp.set_cookie("theme", request.GET.get("t", "light"), max_age=31536000, samesite="Lax")
    return resp


def remember_device(request):
    resp = redirect("dashboard")
    resp.set_cookie("device_id", request.session.session_key, max_age=90 * 86400, httponly=False, secure=False)  # expect: insecure-cookie
    return resp


def profile_badge(request, username: str):
    profile = Profile.objects.filter(user__username=username).first()
    if profile is None:
        return HttpResponse("unknown user", status=404, content_type="text/plain")
    return HttpResponse(f"<span class='badge'>{profile.display_name}</span>")  # expect: xss
