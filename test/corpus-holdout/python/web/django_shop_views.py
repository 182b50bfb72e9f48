# corpus: path=shop/views.py
"""Storefront views: search, wishlist sharing, coupon pages and checkout return."""
import json
import subprocess

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views import View

from .models import Coupon, Product, Wishlist


def search(request):
    term = request.GET.get("q", "")
    hits = Product.objects.filter(name__icontains=term)[:20]
    return render(request, "shop/search.html", {"hits": hits, "term": term})  # ok: xss


def search_banner(request):
    term = request.GET.get("q", "")
    return HttpResponse("<div class='banner'>You searched for <b>%s</b></div>" % term)  # expect: xss


def search_banner_safe(request):
    term = request.GET.get("q", "")
    return HttpResponse(format_html("<div class='banner'>You searched for <b>{}</b></div>", term))  # ok: xss


def coupon_page(request, code):
    coupon = get_object_or_404(Coupon, code=code)
    note = request.GET.get("note", "")
    blurb = mark_safe(f"<p>{coupon.title}</p><p>{note}</p>")  # expect: xss
    return render(request, "shop/coupon.html", {"blurb": blurb})


def coupon_page_safe(request, code):
    coupon = get_object_or_404(Coupon, code=code)
    blurb = mark_safe(f"<p>{escape(coupon.title)}</p>")  # ok: xss
    return render(request, "shop/coupon.html", {"blurb": blurb})


class WishlistShareView(View):
    def get(self, request, slug):
        owner = request.GET.get("owner", "")
        with connection.cursor() as cur:
            cur.execute("SELECT id, title FROM shop_wishlist WHERE slug = '%s' AND owner = '%s'" % (slug, owner))  # expect: sql-injection
            rows = cur.fetchall()
        return JsonResponse({"items": rows})

    def post(self, request, slug):
        data = json.loads(request.body)
        wishlist = get_object_or_404(Wishlist, slug=slug, owner=request.user)
        wishlist.note = data.get("note", "")
        wishlist.save(update_fields=["note"])
        return JsonResponse({"ok": True})


def checkout_return(request):
    dest = request.GET.get("return_url") or settings.CHECKOUT_DONE_URL
    return HttpResponseRedirect(dest)  # expect: open-redirect


def checkout_cancel(request):
    return redirect("shop:cart")  # ok: open-redirect


def export_receipt(request, order_id):
    fmt = request.GET.get("format", "pdf")
    out = subprocess.check_output(f"receipt-render {int(order_id)} --format {fmt}", shell=True)  # expect: command-injection
    return HttpResponse(out, content_type="application/octet-stream")
