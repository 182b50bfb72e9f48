# corpus: path=docs/views.py
import os

from django.conf import settings
from django.http import Http404, HttpResponse


def read_document(request):
    """Return the text of the file named in the request."""
    filename = request.GET.get("name", "")
    root = os.path.realpath(settings.DOCS_ROOT)
    path = os.path.realpath(os.path.join(root, filename))
    if os.path.commonpath([root, path]) != root:
        raise Http404("no such document")
    with open(path, encoding="utf-8") as fh:  # ok: path-traversal
        body = fh.read()
    return HttpResponse(body, content_type="text/plain")
