# corpus: path=accounts/views.py
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpResponse, HttpResponseRedirect

log = logging.getLogger(__name__)


def sign_in(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        log.warning("failed sign-in for %r", username)  # ok: log-injection
        return HttpResponse("invalid credentials", status=401)
    login(request, user)
    return HttpResponseRedirect("/")
