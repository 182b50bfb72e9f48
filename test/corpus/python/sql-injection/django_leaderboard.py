# corpus: path=games/leaderboard/views.py
from django.contrib.auth.decorators import login_required
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Score

ALLOWED_SORTS = {"points": "points", "recent": "created_at"}


@login_required
def leaderboard(request):
    season = request.GET.get("season", "current")
    scores = Score.objects.extra(  # expect: sql-injection
        where=["season = '%s'" % season],
    ).order_by("-points")[:100]
    return JsonResponse({"scores": [s.as_dict() for s in scores]})


@login_required
def leaderboard_safe(request):
    season = request.GET.get("season", "current")
    scores = Score.objects.extra(where=["season = %s"], params=[season]).order_by("-points")[:100]  # ok: sql-injection
    return JsonResponse({"scores": [s.as_dict() for s in scores]})


@login_required
def weighted(request):
    weight = request.GET.get("weight", "1")
    scores = Score.objects.extra(select={"weighted": "points * " + weight})  # expect: sql-injection
    return JsonResponse({"scores": list(scores.values("player", "weighted")[:50])})


@login_required
def weighted_safe(request):
    weight = float(request.GET.get("weight", "1"))
    scores = Score.objects.extra(select={"weighted": "points * %s"}, select_params=(weight,))  # ok: sql-injection
    return JsonResponse({"scores": list(scores.values("player", "weighted")[:50])})


@login_required
def bonus(request):
    column = request.GET.get("column", "points")
    scores = Score.objects.annotate(bonus=RawSQL(f"{column} * 1.1", ()))  # expect: sql-injection
    return JsonResponse({"scores": list(scores.values("player", "bonus")[:50])})


@login_required
def sorted_scores(request):
    sort = ALLOWED_SORTS.get(request.GET.get("sort"), "points")
    scores = Score.objects.raw(f"SELECT * FROM leaderboard_score ORDER BY {sort} DESC LIMIT 100")  # ok: sql-injection
    return JsonResponse({"ids": [s.id for s in scores]})


@login_required
def by_player(request):
    player = request.GET.get("player", "")
    scores = Score.objects.raw("SELECT * FROM leaderboard_score WHERE player = '" + player + "'")  # expect: sql-injection
    return JsonResponse({"ids": [s.id for s in scores]})
