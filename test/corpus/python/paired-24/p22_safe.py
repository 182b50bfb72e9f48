# corpus: path=app/settings.py
import os

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ok: hardcoded-secret
DATABASE_URL = os.environ["DATABASE_URL"]
