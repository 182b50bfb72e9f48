# corpus: path=app/settings.py
import os

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = "k3v9!x2@pq7#mz8$wl4%rt6^yb1&hn5*"  # expect: hardcoded-secret
DATABASE_URL = os.environ["DATABASE_URL"]
