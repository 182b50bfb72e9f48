# corpus: path=shop/checkout/views.py
from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def after_payment(request):
    next_url = request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        return HttpResponseRedirect(next_url)  # ok: open-redirect
    return redirect(reverse("orders:list"))  # ok: open-redirect


def cancel_payment(request):
    back = request.POST.get("back_url", settings.LOGIN_REDIRECT_URL)
    return HttpResponseRedirect(back)  # expect: open-redirect


def partner_handoff(request):
    partner = request.GET["partner_url"]
    response = redirect(partner)  # expect: open-redirect
    response.set_cookie("handoff", "1", max_age=60, secure=True, httponly=True, samesite="Lax")
    return response
