# corpus: path=app/catalog/badges.py
from django.http import JsonResponse
from django.utils.safestring import mark_safe


class Badge:
    def __init__(self, label, tone="neutral"):
        self.label = label
        self.tone = tone if tone in {"neutral", "success", "warning"} else "neutral"

    def render(self):
        return mark_safe(f'<span class="badge badge-{self.tone}">{self.label}</span>')  # expect: xss


def badge_preview(request):
    badge = Badge(request.GET.get("label", ""), request.GET.get("tone", "neutral"))
    return JsonResponse({"html": badge.render()})
