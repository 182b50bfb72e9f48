# corpus: path=accounts/views.py
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required  # ok: csrf-disabled
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})
