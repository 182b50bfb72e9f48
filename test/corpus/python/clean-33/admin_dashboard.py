# corpus: path=portal/staff/dashboard.py
from datetime import timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDay
from django.shortcuts import render
from django.utils import timezone

from portal.accounts.models import Organization, User
from portal.orders.models import Order

RANGES = {"7d": 7, "30d": 30, "90d": 90}
SORTS = {"newest": "-date_joined", "oldest": "date_joined", "email": "email"}


@staff_member_required
def overview(request):
    days = RANGES.get(request.GET.get("range"), 30)
    since = timezone.now() - timedelta(days=days)
    orders = Order.objects.filter(placed_at__gte=since)
    daily = (
        orders.annotate(day=TruncDay("placed_at"))
        .values("day")
        .annotate(count=Count("id"), revenue=Sum("total_cents"))
        .order_by("day")
    )
    totals = orders.aggregate(
        count=Count("id"),
        revenue=Sum("total_cents"),
        refunded=Count("id", filter=Q(status="refunded")),
    )
    top_orgs = (
        Organization.objects.filter(orders__placed_at__gte=since)
        .annotate(order_count=Count("orders"))
        .order_by("-order_count")[:10]
    )
    return render(
        request,
        "staff/overview.html",
        {"days": days, "daily": list(daily), "totals": totals, "top_orgs": top_orgs, "ranges": RANGES},
    )


@staff_member_required
def users(request):
    query = request.GET.get("q", "").strip()
    sort = SORTS.get(request.GET.get("sort"), "-date_joined")
    people = User.objects.select_related("organization").order_by(sort)
    if query:
        people = people.filter(Q(email__icontains=query) | Q(name__icontains=query))
    page = Paginator(people, 50).get_page(request.GET.get("page"))
    return render(request, "staff/users.html", {"page": page, "q": query, "sort": request.GET.get("sort", "newest")})
