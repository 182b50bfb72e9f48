# corpus: path=app/middleware/cors.py
from django.conf import settings


class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.headers.get("Origin")
        if origin in settings.CORS_TRUSTED_ORIGINS:
            response["Access-Control-Allow-Origin"] = origin  # ok: permissive-cors
            response["Access-Control-Allow-Credentials"] = "true"
            response["Vary"] = "Origin"
        return response
