# corpus: path=app/api/cors.py
from flask import Flask, request


class CorsPolicy:
    def __init__(self, app: Flask, max_age: int = 600):
        self.max_age = max_age
        app.after_request(self.apply)

    def apply(self, response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin  # expect: permissive-cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Max-Age"] = str(self.max_age)
            response.headers["Vary"] = "Origin"
        return response
