# corpus: path=shop/catalog/views.py
import logging

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Q
from django.db.models.expressions import RawSQL
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
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
    min_rating = request.GET.get("min_rating")
    if min_rating:
        products = products.extra(where=["avg_rating >= %s" % min_rating])  # expect: sql-injection
    brand = request.GET.get("brand")
    if brand:
        products = products.extra(where=["brand = %s"], params=[brand])  # ok: sql-injection
    page = Paginator(products, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "catalog/product_list.html", {"page": page, "query": query, "sort": sort})


@require_GET
def product_detail(request, slug):
    product = get_object_or_404(Product, slug=slug, is_active=True)
    reviews = product.reviews.filter(approved=True).order_by("-created_at")[:20]
    rendered = [mark_safe(review.body) for review in reviews]  # expect: xss
    return render(
        request,
        "catalog/product_detail.html",
        {"product": product, "reviews": reviews, "rendered": rendered},
    )


@login_required
def category_stats(request):
    stats = Category.objects.annotate(n=Count("products")).values("slug", "n")
    return JsonResponse({"categories": list(stats)})


@require_GET
def price_history(request, pk):
    window = request.GET.get("days", "30")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT day, price FROM catalog_pricepoint WHERE product_id = %s "
            "AND day > now() - interval '" + window + " days' ORDER BY day",  # expect: sql-injection
            [pk],
        )
        rows = cursor.fetchall()
    return JsonResponse({"points": [{"day": str(d), "price": float(p)} for d, p in rows]})


@require_GET
def ranked_products(request):
    weight = request.GET.get("weight", "1")
    ranked = Product.objects.annotate(
        score=RawSQL("rating_count * " + weight + " + view_count", [])  # expect: sql-injection
    ).order_by("-score")[:50]
    trending = Product.objects.annotate(
        score=RawSQL("rating_count * %s + view_count", [float(weight)])  # ok: sql-injection
    ).order_by("-score")[:10]
    return render(request, "catalog/ranked.html", {"ranked": ranked, "trending": trending})


def review_badge(review):
    author = review.author.get_full_name() or review.author.username
    return format_html('<span class="badge">{}</span> {}', author, review.title)  # ok: xss


def review_summary(review):
    return format_html(f'<p class="summary"><b>{review.title}</b> {review.body[:140]}</p>')  # expect: xss


def tag_list(product):
    return format_html_join(", ", '<a href="/tags/{}">{}</a>', ((t.slug, t.name) for t in product.tags.all()))  # ok: xss


@require_GET
def search_suggestions(request):
    term = request.GET.get("term", "")
    names = Product.objects.filter(name__istartswith=term).values_list("name", flat=True)[:8]
    items = "".join("<li>%s</li>" % escape(n) for n in names)
    return JsonResponse({"html": mark_safe(items), "term": term})  # ok: xss


@require_GET
def no_results(request):
    term = request.GET.get("term", "")
    message = mark_safe("<p>No products match <em>%s</em>.</p>" % term)  # expect: xss
    return render(request, "catalog/empty.html", {"message": message})
