from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe


def sso_callback(request):
    target = request.GET.get("return_to") or settings.LOGIN_REDIRECT_URL
    host = urlparse(target).netloc
    if host and host not in settings.SSO_TRUSTED_HOSTS:
        target = "/"
    return redirect(target)
