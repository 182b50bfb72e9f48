# corpus: path=portal/files/uploads.py
import mimetypes
import uuid
from datetime import datetime, timezone

import boto3
from botocore.config import Config
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from portal.files.models import Attachment

ALLOWED_TYPES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "application/pdf": ".pdf",
    "text/csv": ".csv",
}
MAX_BYTES = 20 * 1024 * 1024

s3 = boto3.client("s3", region_name=settings.AWS_REGION, config=Config(signature_version="s3v4"))


def object_key(owner_id: int, extension: str) -> str:
    today = datetime.now(timezone.utc).strftime("%Y/%m/%d")
    return f"attachments/{owner_id}/{today}/{uuid.uuid4().hex}{extension}"


@login_required
@require_POST
def upload_attachment(request):
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("Choose a file to upload.")
    if upload.size > MAX_BYTES:
        return HttpResponseBadRequest("Files can be at most 20 MB.")
    content_type = mimetypes.guess_type(upload.name)[0] or upload.content_type
    extension = ALLOWED_TYPES.get(content_type)
    if extension is None:
        return HttpResponseBadRequest("Only PNG, JPEG, PDF and CSV files can be attached.")

    key = object_key(request.user.id, extension)
    s3.upload_fileobj(
        upload,
        settings.ATTACHMENTS_BUCKET,
        key,
        ExtraArgs={"ContentType": content_type, "ServerSideEncryption": "AES256"},
    )
    attachment = Attachment.objects.create(
        owner=request.user,
        key=key,
        original_name=upload.name[:255],
        content_type=content_type,
        size=upload.size,
    )
    return JsonResponse({"id": attachment.id, "name": attachment.original_name, "size": attachment.size}, status=201)


@login_required
@require_GET
def attachment_link(request, attachment_id: int):
    attachment = get_object_or_404(Attachment, pk=attachment_id, owner=request.user)
    url = s3.generate_presigned_url(
        "get_object",
        Params={
            "Bucket": settings.ATTACHMENTS_BUCKET,
            "Key": attachment.key,
            "ResponseContentType": attachment.content_type,
        },
        ExpiresIn=300,
    )
    return JsonResponse({"url": url, "expires_in": 300})
