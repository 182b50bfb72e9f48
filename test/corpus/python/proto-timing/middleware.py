# corpus: path=core/middleware.py
import hmac
import logging

from django.conf import settings
from django.http import JsonResponse

logger = logging.getLogger(__name__)

EXEMPT_PREFIXES = ("/health", "/static/", "/admin/login/")


class InternalApiKeyMiddleware:
    """Requests to /internal/ come from our own workers and carry the shared key."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(EXEMPT_PREFIXES) or not request.path.startswith("/internal/"):
            return self.get_response(request)
        presented = request.headers.get("X-Internal-Key")
        if presented is None:  # ok: timing-unsafe-comparison
            return JsonResponse({"error": "missing key"}, status=401)
        if presented != settings.INTERNAL_API_KEY:  # expect: timing-unsafe-comparison
            logger.warning("bad internal key from %s", request.META.get("REMOTE_ADDR"))
            return JsonResponse({"error": "invalid key"}, status=401)
        return self.get_response(request)


class PartnerKeyMiddleware:
    """Partners send their key in X-Partner-Key; keys live in settings.PARTNER_KEYS by partner slug."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/partners/"):
            return self.get_response(request)
        slug = request.headers.get("X-Partner", "")
        key = settings.PARTNER_KEYS.get(slug)
        if key is None or not hmac.compare_digest(key, request.headers.get("X-Partner-Key", "")):  # ok: timing-unsafe-comparison
            return JsonResponse({"error": "invalid partner key"}, status=401)
        request.partner = slug
        return self.get_response(request)


class MaintenanceModeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "MAINTENANCE_MODE", False) and request.headers.get("X-Bypass") != settings.MAINTENANCE_BYPASS_TOKEN:  # expect: timing-unsafe-comparison
            return JsonResponse({"error": "down for maintenance"}, status=503)
        if request.method == "OPTIONS":  # ok: timing-unsafe-comparison
            return self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated and request.user.role == "suspended":  # ok: timing-unsafe-comparison
            return JsonResponse({"error": "account suspended"}, status=403)
        return self.get_response(request)
