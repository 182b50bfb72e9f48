# corpus: path=app/api/cors.py
from flask import Flask, request


class CorsPolicy:
    def __init__(self, app: Flask, allowed_origins: frozenset, max_age: int = 600):
        self.allowed_origins = allowed_origins
        self.max_age = max_age
        app.after_request(self.apply)

    def apply(self, response):
        origin = request.headers.get("Origin")
        if origin in self.allowed_origins:
            response.headers["Access-Control-Allow-Origin"] = origin  # ok: permissive-cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Max-Age"] = str(self.max_age)
            response.headers["Vary"] = "Origin"
        return response
