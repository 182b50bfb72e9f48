# corpus: path=uploads/views.py
import hashlib

from django.http import HttpResponse


def receipt(request):
    digest = hashlib.sha256(request.body).hexdigest()
    return HttpResponse(f"<p>Upload {digest} stored.</p>")  # ok: xss
