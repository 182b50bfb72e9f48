# corpus: path=app/catalog/badges.py
from django.http import JsonResponse
from django.utils.html import format_html


class Badge:
    def __init__(self, label, tone="neutral"):
        self.label = label
        self.tone = tone if tone in {"neutral", "success", "warning"} else "neutral"

    def render(self):
        return format_html('<span class="badge badge-{}">{}</span>', self.tone, self.label)  # ok: xss


def badge_preview(request):
    badge = Badge(request.GET.get("label", ""), request.GET.get("tone", "neutral"))
    return JsonResponse({"html": badge.render()})
