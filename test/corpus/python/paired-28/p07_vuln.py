# corpus: path=shop/settings.py
import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
SECRET_KEY = "k9#f2!vq8z@1m$w7x0p^b4n6r3t5y8u2i9o1p0a7s6d"  # expect: hardcoded-secret
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
