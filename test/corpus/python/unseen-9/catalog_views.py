# corpus: path=catalog/views.py
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django.views.decorators.http import require_GET, require_POST

from .forms import ReviewForm
from .models import Product, Review

log = logging.getLogger(__name__)
BROCHURE_DIR = os.path.join(settings.MEDIA_ROOT, "brochures")
PAGE_SIZE = 24


@require_GET
def product_list(request):
    term = request.GET.get("q", "").strip()
    products = Product.objects.filter(active=True)
    if term:
        products = products.filter(Q(name__icontains=term) | Q(sku__iexact=term))
    page = int(request.GET.get("page", 1))
    start = (page - 1) * PAGE_SIZE
    return render(request, "catalog/list.html", {"products": products[start : start + PAGE_SIZE], "term": term})


@require_GET
def product_search_legacy(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, name FROM catalog_product WHERE name LIKE '%%" + term + "%%'")  # expect: sql-injection
        rows = cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "name": r[1]} for r in rows]})


@require_GET
def product_search_by_sku(request):
    sku = request.GET.get("sku", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, name FROM catalog_product WHERE sku = %s", [sku])  # ok: sql-injection
        row = cur.fetchone()
    if row is None:
        raise Http404("unknown sku")
    return JsonResponse({"id": row[0], "name": row[1]})


@require_GET
def products_raw_sorted(request):
    order = request.GET.get("order", "name")
    products = Product.objects.raw(f"SELECT * FROM catalog_product ORDER BY {order}")  # expect: sql-injection
    return render(request, "catalog/list.html", {"products": products})


@require_GET
def no_results(request):
    term = request.GET.get("q", "")
    return HttpResponse(f"<h2>Nothing found for {term}</h2>")  # expect: xss


@require_GET
def no_results_safe(request):
    term = request.GET.get("q", "")
    return HttpResponse(format_html("<h2>Nothing found for {}</h2>", term))  # ok: xss


@require_GET
def promo_banner(request):
    text = request.GET.get("promo", "")
    return render(request, "catalog/promo.html", {"banner": mark_safe(text)})  # expect: xss


@require_GET
def brochure(request):
    name = request.GET["file"]
    path = os.path.join(BROCHURE_DIR, name)
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@require_GET
def brochure_by_product(request, pk):
    product = get_object_or_404(Product, pk=pk, active=True)
    path = os.path.join(BROCHURE_DIR, f"{product.pk}.pdf")
    return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal


@login_required
@require_POST
def switch_currency(request):
    request.session["currency"] = request.POST.get("currency", "EUR")[:3].upper()
    target = request.POST.get("next", "/")
    return HttpResponseRedirect(target)  # expect: open-redirect


@login_required
@require_POST
def switch_language(request):
    request.session["lang"] = request.POST.get("lang", "en")
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    return redirect(target)  # ok: open-redirect


class ReviewCreateView(View):
    def post(self, request, pk):
        product = get_object_or_404(Product, pk=pk)
        form = ReviewForm(request.POST)
        if not form.is_valid():
            return render(request, "catalog/review_form.html", {"form": form, "product": product}, status=400)
        Review.objects.create(product=product, author=request.user, **form.cleaned_data)
        log.info("review added to %s by %s", product.pk, request.user.pk)
        return redirect("catalog:detail", pk=product.pk)
