# corpus: path=app/integrations/webhooks.py
from urllib.parse import urlparse

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

ALLOWED_HOSTS = {"hooks.slack.com", "discord.com", "outlook.office.com"}


@require_POST
def test_webhook(request):
    url = request.POST.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return JsonResponse({"error": "unsupported webhook host"}, status=400)
    resp = requests.post(url, json={"event": "ping"}, timeout=5)  # ok: ssrf
    return JsonResponse({"status": resp.status_code})
