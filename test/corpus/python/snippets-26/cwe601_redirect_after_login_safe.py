# corpus: path=accounts/views.py
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    """Log the user in and send them back where they came from."""
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "accounts/login.html", {"error": "Invalid credentials"})
    login(request, user)
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    return redirect(next_url)  # ok: open-redirect
