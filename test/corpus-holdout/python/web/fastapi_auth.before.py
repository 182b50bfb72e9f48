import secrets
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from app.config import settings
from app.oauth import exchange_code

router = APIRouter(prefix="/oauth")
