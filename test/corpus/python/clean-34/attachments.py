# corpus: path=projects/attachments.py
import mimetypes
import uuid

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import storages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Attachment, Project

ALLOWED = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf", "text/plain": ".txt"}
MAX_SIZE = 15 * 1024 * 1024


@login_required
@require_POST
def upload(request, project_id):
    project = get_object_or_404(Project, pk=project_id, members=request.user)
    upload = request.FILES.get("file")
    if upload is None:
        return JsonResponse({"error": "No file was sent."}, status=400)
    content_type = upload.content_type or mimetypes.guess_type(upload.name)[0]
    extension = ALLOWED.get(content_type)
    if extension is None:
        return JsonResponse({"error": "That file type is not allowed."}, status=415)
    if upload.size > MAX_SIZE:
        return JsonResponse({"error": "Files must be under 15 MB."}, status=413)

    storage = storages["attachments"]
    key = f"projects/{project.pk}/{uuid.uuid4().hex}{extension}"
    saved = storage.save(key, upload)
    attachment = Attachment.objects.create(
        project=project,
        uploaded_by=request.user,
        storage_key=saved,
        original_name=upload.name[:255],
        content_type=content_type,
        size=upload.size,
    )
    return JsonResponse({"id": attachment.pk, "name": attachment.original_name}, status=201)


@login_required
def download(request, attachment_id):
    attachment = get_object_or_404(Attachment, pk=attachment_id)
    if not attachment.project.members.filter(pk=request.user.pk).exists():
        raise PermissionDenied
    url = storages["attachments"].url(
        attachment.storage_key,
        parameters={"ResponseContentDisposition": f'attachment; filename="{attachment.original_name}"'},
        expire=300,
    )
    return redirect(url)
