# corpus: path=shop/settings.py
import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ok: hardcoded-secret
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
