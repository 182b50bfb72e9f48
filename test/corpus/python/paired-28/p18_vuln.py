# corpus: path=accounts/views.py
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.models import Profile


@login_required
@require_POST
def update_profile(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict())  # expect: mass-assignment
    return JsonResponse({"ok": True})
