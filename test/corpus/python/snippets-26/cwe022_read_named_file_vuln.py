# corpus: path=docs/views.py
import os

from django.conf import settings
from django.http import HttpResponse


def read_document(request):
    """Return the text of the file named in the request."""
    filename = request.GET.get("name", "")
    path = os.path.join(settings.DOCS_ROOT, filename)
    with open(path, encoding="utf-8") as fh:  # expect: path-traversal
        body = fh.read()
    return HttpResponse(body, content_type="text/plain")
