# corpus: path=accounts/views.py
import json

import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from .models import ApiToken, Profile, Subscription


@csrf_exempt  # expect: csrf-disabled
@login_required
@require_POST
def update_email(request):
    profile = Profile.objects.get(user=request.user)
    profile.email = request.POST["email"]
    profile.save()
    return JsonResponse({"ok": True})


@csrf_exempt  # expect: csrf-disabled
@login_required
def delete_account(request):
    if request.method == "POST":
        request.user.delete()
        return JsonResponse({"deleted": True})
    return JsonResponse({"confirm": True})


@csrf_exempt  # ok: csrf-disabled
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.body, signature, settings.STRIPE_WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    Subscription.objects.filter(stripe_id=event.data.object.id).update(status=event.type)
    return HttpResponse(status=200)


@csrf_exempt  # ok: csrf-disabled
@require_GET
@login_required
def export_preferences(request):
    profile = Profile.objects.get(user=request.user)
    return JsonResponse(profile.preferences)


@csrf_exempt  # ok: csrf-disabled
@require_POST
def api_create_note(request):
    header = request.headers.get("Authorization", "")
    token = ApiToken.objects.filter(key=header.removeprefix("Bearer ")).select_related("user").first()
    if token is None:
        return JsonResponse({"error": "unauthorized"}, status=401)
    note = token.user.notes.create(body=json.loads(request.body)["body"])
    return JsonResponse({"id": note.pk}, status=201)


@method_decorator(csrf_exempt, name="dispatch")  # expect: csrf-disabled
class PreferencesView(View):
    def get(self, request):
        return JsonResponse(Profile.objects.get(user=request.user).preferences)

    def post(self, request):
        profile = Profile.objects.get(user=request.user)
        profile.preferences.update(json.loads(request.body))
        profile.save()
        return JsonResponse(profile.preferences)
