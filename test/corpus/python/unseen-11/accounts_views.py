# corpus: path=accounts/views.py
import hashlib
import logging
import random
import secrets
import string

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from catalog.models import ApiClient

log = logging.getLogger(__name__)
User = get_user_model()

AVATAR_COLORS = ["#f03e3e", "#7048e8", "#1098ad", "#37b24d", "#f59f00"]


def avatar_color(user) -> str:
    return AVATAR_COLORS[int(hashlib.md5(user.username.encode()).hexdigest(), 16) % len(AVATAR_COLORS)]


def pick_token_color(label: str) -> str:
    return random.choice(AVATAR_COLORS)


def login_view(request):
    next_url = request.GET.get("next", "/")
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
                return HttpResponseRedirect(next_url)  # ok: open-redirect
            return redirect("home")
        log.info("failed login for %s", request.POST.get("username"))
    return render(request, "accounts/login.html", {"next": next_url})


def logout_then(request):
    target = request.GET.get("to", "/")
    request.session.flush()
    return HttpResponseRedirect(target)  # expect: open-redirect


@login_required
@require_POST
def create_api_key(request):
    raw = "ak_" + secrets.token_urlsafe(24)
    ApiClient.objects.create(
        name=request.POST.get("name", "default")[:80],
        key_prefix=raw[:8],
        key_hash=hashlib.sha256(raw.encode()).hexdigest(),
        owner=request.user,
    )
    return JsonResponse({"key": raw, "color": pick_token_color(raw[:8])}, status=201)


@require_POST
def send_magic_link(request):
    user = get_object_or_404(User, email=request.POST.get("email", ""))
    code = "".join(random.choices(string.ascii_letters + string.digits, k=32))  # expect: insecure-random
    cache.set(f"magic:{code}", user.pk, 900)
    send_mail("Your sign-in link", f"{settings.SITE_URL}/accounts/magic/{code}", None, [user.email])
    return JsonResponse({"sent": True})


def coupon_code() -> str:
    return "SPRING-" + "".join(random.choices(string.ascii_uppercase, k=6))  # expect: insecure-random


@login_required
def order_history(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, total, created_at FROM orders WHERE customer_id = %s AND status = %s ORDER BY created_at DESC",  # ok: sql-injection
            [request.user.pk, status],
        )
        rows = cursor.fetchall()
    return render(request, "accounts/orders.html", {"rows": rows})


@login_required
def export_table(request):
    table = request.GET.get("table", "orders")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE customer_id = %s", [request.user.pk])  # expect: sql-injection
        return JsonResponse({"rows": cursor.fetchall()})
