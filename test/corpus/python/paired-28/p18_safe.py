# corpus: path=accounts/views.py
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.models import Profile

EDITABLE = ("display_name", "bio", "timezone")


@login_required
@require_POST
def update_profile(request):
    changes = {k: request.POST[k] for k in EDITABLE if k in request.POST}
    Profile.objects.filter(user=request.user).update(**changes)  # ok: mass-assignment
    return JsonResponse({"ok": True})
