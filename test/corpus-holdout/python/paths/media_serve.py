# corpus: path=media/views.py
import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.views.decorators.http import require_GET


@require_GET
def serve_private(request, name):
    try:
        full = safe_join(settings.PRIVATE_MEDIA_ROOT, name)
    except ValueError:
        raise Http404("not found")
    if not os.path.isfile(full):
        raise Http404("not found")
    return FileResponse(open(full, "rb"), content_type=mimetypes.guess_type(full)[0])  # ok: path-traversal


@require_GET
def serve_thumbnail(request):
    name = request.GET.get("name", "")
    size = request.GET.get("size", "small")
    full = os.path.join(settings.MEDIA_ROOT, "thumbs", size, name)
    if not os.path.isfile(full):
        raise Http404("not found")
    return FileResponse(open(full, "rb"))  # expect: path-traversal
