# corpus: path=uploads/views.py
from django.http import HttpResponse


def receipt(request):
    ref = request.GET.get("ref", "")
    return HttpResponse(f"<p>Upload {ref} stored.</p>")  # expect: xss
