# corpus: path=search/views.py
import json

from django.http import HttpResponse


def quick_search(request):
    q = request.GET.get("q", "")
    return HttpResponse(json.dumps({"query": q, "results": []}), content_type="application/json")  # ok: xss
