# corpus: path=app/search/views.py
import re

from django.http import JsonResponse

from app.search.models import Article


def title_search(request):
    pattern = re.compile(re.escape(request.GET.get("q", "")), re.IGNORECASE)  # ok: regex-injection
    titles = Article.objects.values_list("title", flat=True)
    return JsonResponse({"results": [t for t in titles if pattern.search(t)]})
