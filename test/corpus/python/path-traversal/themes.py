# corpus: path=site/themes/views.py
import json
import os

from django.conf import settings
from django.http import Http404, JsonResponse

THEMES_DIR = os.path.join(settings.BASE_DIR, "themes")


def theme_list(request):
    names = sorted(n[:-5] for n in os.listdir(THEMES_DIR) if n.endswith(".json"))
    return JsonResponse({"themes": names})


def theme_detail(request):
    theme = request.GET.get("name", "default")
    theme_file = os.path.join(THEMES_DIR, theme + ".json")
    if not os.path.exists(theme_file):
        raise Http404("no such theme")
    with open(theme_file) as fh:  # expect: path-traversal
        return JsonResponse(json.load(fh))


def theme_detail_v2(request):
    theme = os.path.basename(request.GET.get("name", "default"))
    theme_file = os.path.join(THEMES_DIR, theme + ".json")
    if not os.path.exists(theme_file):
        raise Http404("no such theme")
    with open(theme_file) as fh:  # ok: path-traversal
        return JsonResponse(json.load(fh))
