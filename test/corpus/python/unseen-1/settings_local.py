# corpus: path=shop/settings/base.py
import os

import environ

env = environ.Env(DEBUG=(bool, False))

DEBUG = env("DEBUG")  # ok: debug-mode
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

SESSION_COOKIE_SECURE = not DEBUG  # ok: insecure-cookie
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)  # ok: insecure-cookie

CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=["https://shop.example.com"])  # ok: permissive-cors

DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: DEBUG}
