# corpus: path=integrations/views/github_webhooks.py
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import DeliveryLog, Repository
from ..tasks import sync_pull_request

logger = logging.getLogger(__name__)


def _valid_signature(body: bytes, header: str) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(settings.GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


@csrf_exempt
@require_POST
def github_webhook(request):
    if not _valid_signature(request.body, request.headers.get("X-Hub-Signature-256", "")):
        return HttpResponseForbidden("bad signature")

    delivery = request.headers.get("X-GitHub-Delivery", "")
    event = request.headers.get("X-GitHub-Event", "")
    try:
        payload = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")

    try:
        with transaction.atomic():
            DeliveryLog.objects.create(delivery_id=delivery, event=event)
    except IntegrityError:
        return JsonResponse({"duplicate": True})

    if event == "ping":
        return JsonResponse({"pong": True})
    if event != "pull_request":
        return HttpResponse(status=204)

    repo = Repository.objects.filter(github_id=payload["repository"]["id"], active=True).first()
    if repo is None:
        return HttpResponse(status=204)
    action = payload["action"]
    if action in {"opened", "synchronize", "reopened"}:
        sync_pull_request.delay(repo.pk, payload["pull_request"]["number"])
    logger.info("pull request %s on repo %s queued (%s)", payload["pull_request"]["number"], repo.pk, action)
    return JsonResponse({"queued": True})
