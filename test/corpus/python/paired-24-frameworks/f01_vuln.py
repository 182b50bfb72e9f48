# corpus: path=search/views.py
from django.http import HttpResponse


def quick_search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>Results for <b>" + q + "</b></p>")  # expect: xss
