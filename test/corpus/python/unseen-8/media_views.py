# corpus: path=media/views.py
import mimetypes
import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Attachment

ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf"}


@login_required
@require_POST
def upload(request):
    f = request.FILES["file"]
    if f.content_type not in ALLOWED_TYPES:
        return JsonResponse({"error": "type"}, status=400)
    ext = mimetypes.guess_extension(f.content_type) or ""
    name = default_storage.save(f"attachments/{uuid.uuid4().hex}{ext}", f)
    att = Attachment.objects.create(owner=request.user, path=name, original_name=f.name[:200])
    return JsonResponse({"id": att.pk})


@login_required
def download(request, pk):
    att = get_object_or_404(Attachment, pk=pk, owner=request.user)
    full = os.path.join(settings.MEDIA_ROOT, att.path)
    if not os.path.exists(full):
        raise Http404
    return FileResponse(open(full, "rb"), as_attachment=True, filename=att.original_name)


@login_required
def thumbnail(request, pk, size):
    if size not in ("64", "128", "256"):
        raise Http404
    att = get_object_or_404(Attachment, pk=pk, owner=request.user)
    thumb = os.path.join(settings.MEDIA_ROOT, "thumbs", size, os.path.basename(att.path))
    return FileResponse(open(thumb, "rb"))


@login_required
def attachments(request):
    page = max(1, int(request.GET.get("page", "1")))
    qs = Attachment.objects.filter(owner=request.user).order_by("-created")[(page - 1) * 20 : page * 20]
    return JsonResponse({"items": [{"id": a.pk, "name": a.original_name} for a in qs]})
