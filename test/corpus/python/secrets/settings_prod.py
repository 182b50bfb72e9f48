# corpus: path=mysite/settings/production.py
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.example.com", "example.com"]

SECRET_KEY = "django-insecure-7#q9v@x2!k$e5m^w8z&r1t*y3u(i0o)p-b+n=c"  # expect: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mysite",
        "USER": "mysite",
        "PASSWORD": os.environ["DB_PASSWORD"],  # ok: hardcoded-secret
        "HOST": os.environ.get("DB_HOST", "db"),
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"  # ok: hardcoded-secret
EMAIL_HOST_PASSWORD = "SG.kT3vQ9xYRw2mN8pL5aJ7cA.Hn4Vb6Xz1Qw9Er5Ty2Ui8Op3As7Df0Gh6Jk4Lz1Xc"  # expect: hardcoded-secret

AWS_STORAGE_BUCKET_NAME = "mysite-media"
AWS_S3_REGION_NAME = "eu-west-1"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")  # ok: hardcoded-secret
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")  # ok: hardcoded-secret

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
