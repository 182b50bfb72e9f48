# corpus: path=app/integrations/webhooks.py
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def test_webhook(request):
    url = request.POST.get("url", "")
    if not url.startswith(("http://", "https://")):
        return JsonResponse({"error": "url must be http(s)"}, status=400)
    resp = requests.post(url, json={"event": "ping"}, timeout=5)  # expect: ssrf
    return JsonResponse({"status": resp.status_code})
