import json
import os

from django.conf import settings
from django.http import Http404, JsonResponse

THEMES_DIR = os.path.join(settings.BASE_DIR, "themes")


def theme_list(request):
    names = sorted(n[:-5] for n in os.listdir(THEMES_DIR) if n.endswith(".json"))
    return JsonResponse({"themes": names})
