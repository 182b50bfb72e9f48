# corpus: path=shop/views/checkout.py
"""Checkout return pages and partner hand-off."""
from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET


@require_GET
def payment_return(request):
    target = request.GET.get("return_url", "/")
    if target.startswith(settings.SITE_URL):
        return HttpResponseRedirect(target)  # ok: open-redirect
    return redirect("orders:list")


@require_GET
def partner_handoff(request):
    target = request.GET.get("partner_url", "")
    if "partner.example.net" in target and target.startswith("https://"):
        return HttpResponseRedirect(target)  # expect: open-redirect
    return redirect("home")


@require_GET
def partner_handoff_v2(request):
    target = request.GET.get("partner_url", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={"partner.example.net"}, require_https=True):
        return HttpResponseRedirect(target)  # ok: open-redirect
    return redirect("home")


@require_GET
def help_center(request):
    article = request.GET.get("article", "")
    if article.startswith(("https://help.example.com/", "https://docs.example.com/")):
        return redirect(article)  # ok: open-redirect
    return redirect("https://help.example.com/")
