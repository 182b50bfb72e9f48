# corpus: path=accounts/views.py
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.core.mail import send_mail
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import EmailChange, PasswordReset

User = get_user_model()


@require_POST
def request_reset(request):
    email = request.POST.get("email", "").strip().lower()
    user = User.objects.filter(email=email, is_active=True).first()
    if user is not None:
        token = secrets.token_urlsafe(32)
        PasswordReset.objects.create(user=user, token=token, expires_at=timezone.now() + timedelta(minutes=30))
        send_mail("Reset your password", f"https://app.example.com/reset/{user.pk}/{token}", None, [user.email])
    return JsonResponse({"ok": True})


@require_POST
def confirm_reset(request, user_id):
    reset = PasswordReset.objects.filter(user_id=user_id, used=False, expires_at__gt=timezone.now()).order_by("-created_at").first()
    if reset is None:
        return HttpResponseBadRequest("link expired")
    if reset.token != request.POST.get("token", ""):  # expect: timing-unsafe-comparison
        return HttpResponseBadRequest("link expired")
    new_password = request.POST.get("password", "")
    if len(new_password) < 12:  # ok: timing-unsafe-comparison
        return HttpResponseBadRequest("password too short")
    reset.user.password = make_password(new_password)
    reset.user.save(update_fields=["password"])
    reset.used = True
    reset.save(update_fields=["used"])
    return JsonResponse({"ok": True})


@require_POST
def change_email(request):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    if not check_password(request.POST.get("password", ""), request.user.password):  # ok: timing-unsafe-comparison
        return JsonResponse({"error": "wrong password"}, status=400)
    new_email = request.POST.get("email", "").strip().lower()
    if new_email == request.user.email:  # ok: timing-unsafe-comparison
        return JsonResponse({"error": "that is already your address"}, status=400)
    change = EmailChange.objects.create(user=request.user, new_email=new_email, code=f"{secrets.randbelow(10**6):06d}")
    send_mail("Confirm your new address", f"Your code is {change.code}", None, [new_email])
    return JsonResponse({"ok": True})


@require_POST
def confirm_email(request):
    change = EmailChange.objects.filter(user=request.user, confirmed=False).order_by("-created_at").first()
    if change is None:
        return JsonResponse({"error": "nothing to confirm"}, status=400)
    if change.code == request.POST.get("code"):  # expect: timing-unsafe-comparison
        request.user.email = change.new_email
        request.user.save(update_fields=["email"])
        change.confirmed = True
        change.save(update_fields=["confirmed"])
        return JsonResponse({"ok": True})
    if change.attempts >= 5:  # ok: timing-unsafe-comparison
        change.delete()
    return JsonResponse({"error": "wrong code"}, status=400)
