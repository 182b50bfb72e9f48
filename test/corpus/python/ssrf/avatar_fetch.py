# corpus: path=users/avatars.py
import io
import urllib.request

from django.core.files.base import ContentFile
from django.http import JsonResponse
from PIL import Image

AVATAR_CDN = "https://cdn.example.com/avatars/"


def import_avatar(request):
    source = request.POST["image_url"]
    with urllib.request.urlopen(source, timeout=10) as resp:  # expect: ssrf
        data = resp.read(2_000_000)
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    request.user.profile.avatar.save("avatar.png", ContentFile(buf.getvalue()))
    return JsonResponse({"ok": True})


def default_avatar(request, style):
    if style not in {"initials", "identicon", "robot"}:
        return JsonResponse({"error": "unknown style"}, status=400)
    with urllib.request.urlopen(AVATAR_CDN + style + ".png", timeout=10) as resp:  # ok: ssrf
        data = resp.read()
    return JsonResponse({"size": len(data)})
