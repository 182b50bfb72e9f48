import logging

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import Category, Product, Review

logger = logging.getLogger(__name__)

PER_PAGE = 24
SORTABLE = {"price": "price", "-price": "-price", "name": "name", "newest": "-created_at"}


@require_GET
def product_list(request, category_slug=None):
    products = Product.objects.filter(is_active=True).select_related("category")
    if category_slug:
        category = get_object_or_404(Category, slug=category_slug)
        products = products.filter(category=category)
    query = request.GET.get("q", "").strip()
    if query:
        products = products.filter(Q(name__icontains=query) | Q(sku__iexact=query))
    sort = request.GET.get("sort", "newest")
    products = products.order_by(SORTABLE.get(sort, "-created_at"))
    page = Paginator(products, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "catalog/product_list.html", {"page": page, "query": query, "sort": sort})


@require_GET
def product_detail(request, slug):
    product = get_object_or_404(Product, slug=slug, is_active=True)
    reviews = product.reviews.filter(approved=True).order_by("-created_at")[:20]
    return render(request, "catalog/product_detail.html", {"product": product, "reviews": reviews})


@login_required
def category_stats(request):
    stats = Category.objects.annotate(n=Count("products")).values("slug", "n")
    return JsonResponse({"categories": list(stats)})
