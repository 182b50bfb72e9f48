import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.views.decorators.http import require_GET


@require_GET
def serve_thumbnail(request):
    raise Http404("thumbnails moved to the CDN")
