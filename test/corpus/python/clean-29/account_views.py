# corpus: path=ledger/accounts/views.py
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from ledger.accounts.forms import PasswordChangeForm, ProfileForm
from ledger.accounts.models import ApiKey
from ledger.security.tokens import new_api_key

log = logging.getLogger(__name__)
audit = logging.getLogger("ledger.audit")


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        audit.info("profile updated", extra={"user_id": request.user.pk, "fields": sorted(form.changed_data)})
        messages.success(request, "Profile saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def change_password(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        audit.info("password changed", extra={"user_id": user.pk, "ip": request.META.get("REMOTE_ADDR")})  # ok: sensitive-logging
        send_mail(
            subject="Your Ledger password was changed",
            message=render_to_string("emails/password_changed.txt", {"user": user, "support_url": settings.STATUS_PAGE_URL}),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
        return redirect("accounts:profile")
    if request.method == "POST":
        log.info("password change rejected for user %s: %s", request.user.pk, ", ".join(form.errors))  # ok: sensitive-logging
    return render(request, "accounts/change_password.html", {"form": form})


@login_required
def api_keys(request):
    keys = ApiKey.objects.filter(organization=request.user.organization, revoked_at__isnull=True).order_by("-created_at")
    return render(request, "accounts/api_keys.html", {"keys": keys})


@login_required
@require_POST
def create_api_key(request):
    name = request.POST.get("name", "").strip()[:64] or "Untitled key"
    issued = new_api_key(test_mode=request.POST.get("mode") == "test")
    key = ApiKey.objects.create(
        organization=request.user.organization,
        created_by=request.user,
        name=name,
        prefix=issued.prefix,
        key_hash=issued.digest,
    )
    audit.info("api key created", extra={"key_id": key.pk, "prefix": issued.prefix, "user_id": request.user.pk})  # ok: sensitive-logging
    return render(request, "accounts/api_key_created.html", {"key": key, "raw_key": issued.raw}, status=201)


@login_required
@require_POST
def revoke_api_key(request, key_id):
    key = get_object_or_404(ApiKey, pk=key_id, organization=request.user.organization)
    key.revoke(by=request.user)
    messages.info(request, format_html("Key <strong>{}</strong> revoked.", key.name))  # ok: xss
    audit.info("api key revoked", extra={"key_id": key.pk, "user_id": request.user.pk})
    return redirect(reverse("accounts:api_keys"))


@login_required
def key_badge(request, key_id):
    key = get_object_or_404(ApiKey, pk=key_id, organization=request.user.organization)
    html = format_html('<span class="badge" title="{}">{}…</span>', key.name, key.prefix)  # ok: xss
    return HttpResponse(html)


@login_required
def session_info(request):
    return JsonResponse(
        {
            "user": request.user.get_username(),
            "org": request.user.organization.slug,
            "session_expires_in": request.session.get_expiry_age(),
            "csrf_header": "X-CSRFToken",
        }
    )


@login_required
def download_export(request, export_id):
    export = get_object_or_404(request.user.organization.exports, pk=export_id)
    log.info("export %s downloaded by user %s (%d bytes)", export.pk, request.user.pk, export.size)
    response = HttpResponse(export.file.read(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ledger-export-{export.pk}.csv"'  # ok: header-injection
    return response


def health(request):
    return JsonResponse({"status": "ok", "version": getattr(settings, "RELEASE", "dev")})
