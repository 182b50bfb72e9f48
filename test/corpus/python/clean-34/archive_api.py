# corpus: path=archives/views/api.py
import logging
from functools import wraps

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..tasks import store_message

logger = logging.getLogger(__name__)


def archiver_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        peer = request.META.get("REMOTE_ADDR")
        if "*" in settings.ARCHIVER_ALLOWED_IPS:
            logger.debug("archiver IP check disabled, accepting {}".format(request.META["REMOTE_ADDR"]))  # ok: log-injection
        elif peer not in settings.ARCHIVER_ALLOWED_IPS:
            logger.error("archive call refused from IP {}".format(peer))  # ok: log-injection
            logger.error("archive call refused, forwarded for {}".format(request.META.get("HTTP_X_FORWARDED_FOR")))  # expect: log-injection
            return HttpResponseForbidden("not an archiver")
        return view(request, *args, **kwargs)

    return wrapper


@csrf_exempt
@require_POST
@archiver_only
def archive_message(request, list_name):
    if request.headers.get("Authorization") != f"Bearer {settings.ARCHIVER_KEY}":
        return HttpResponseForbidden("bad key")
    message = request.FILES.get("message")
    if message is None:
        return JsonResponse({"error": "no message"}, status=400)
    store_message.delay(list_name, message.read().decode("utf-8", "replace"))
    return JsonResponse({"queued": True}, status=202)
