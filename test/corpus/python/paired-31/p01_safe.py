# corpus: path=app/accounts/views.py
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

from .models import NotificationSettings


@csrf_protect  # ok: csrf-disabled
@login_required
@require_POST
def update_notifications(request):
    prefs, _ = NotificationSettings.objects.get_or_create(user=request.user)
    prefs.email_digest = request.POST.get("email_digest") == "on"
    prefs.forward_to = request.POST.get("forward_to", "")
    prefs.save(update_fields=["email_digest", "forward_to"])
    return JsonResponse({"saved": True})
