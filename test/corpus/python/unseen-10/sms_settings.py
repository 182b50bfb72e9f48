# corpus: path=notifications/settings.py
import environ

env = environ.Env(DEBUG=(bool, False))

DEBUG = env("DEBUG")  # ok: debug-mode
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["notify.example.com"])

SMS_GATEWAY_URL = env("SMS_GATEWAY_URL", default="http://sms.bulk-gateway-partner.com/api/send")  # expect: cleartext-http
SMS_GATEWAY_USER = env("SMS_GATEWAY_USER", default="notify")
SMS_GATEWAY_PASSWORD = env("SMS_GATEWAY_PASSWORD", default="Nt7!fyG4tw@y2024")  # expect: hardcoded-secret
PUSH_SERVICE_URL = env("PUSH_SERVICE_URL", default="https://push.example.com/v1")  # ok: cleartext-http

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(\w+\.)?notify\.example\.com$"]  # ok: permissive-cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # ok: insecure-cookie
LANGUAGE_COOKIE_SECURE = False  # ok: insecure-cookie

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/2")
