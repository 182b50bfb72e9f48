# corpus: path=app/admin/hooks.py
import hashlib
import hmac
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import ApiKey, BuildStatus

log = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def ci_status(request):
    expected_sig = hmac.new(settings.CI_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if request.META.get("HTTP_X_CI_SIGNATURE") != expected_sig:  # expect: timing-unsafe-comparison
        return HttpResponseForbidden()
    BuildStatus.objects.create(payload=request.body.decode())
    return JsonResponse({"ok": True})


@csrf_exempt
@require_POST
def uptime_ping(request):
    if not constant_time_compare(request.GET.get("token", ""), settings.UPTIME_TOKEN):  # ok: timing-unsafe-comparison
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


@csrf_exempt
def key_check(request):
    prefix = request.headers.get("Authorization", "")[:8]
    api_key = ApiKey.objects.filter(prefix=prefix, revoked=False).first()
    if api_key is None or api_key.key != request.headers.get("Authorization"):  # expect: timing-unsafe-comparison
        return JsonResponse({"valid": False}, status=401)
    if api_key.owner_id == request.user.id:  # ok: timing-unsafe-comparison
        log.info("owner checked their own key")
    return JsonResponse({"valid": True, "scopes": api_key.scopes})


@login_required
def confirm_delete(request):
    if request.POST.get("confirm") == "DELETE":  # ok: timing-unsafe-comparison
        request.user.delete()
        return JsonResponse({"deleted": True})
    return JsonResponse({"deleted": False})
