# corpus: path=app/middleware/cors.py
class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.headers.get("Origin")
        if origin:
            response["Access-Control-Allow-Origin"] = origin  # expect: permissive-cors
            response["Access-Control-Allow-Credentials"] = "true"
        return response
