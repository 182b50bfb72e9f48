# corpus: path=app/docs/views.py
from pathlib import Path

from django.http import FileResponse, Http404

MANUALS = Path("/srv/manuals")


def manual(request, product):
    lang = request.GET.get("lang", "en")
    candidate = MANUALS / product / f"manual.{lang}.pdf"
    if not candidate.exists():
        raise Http404("no manual in that language")
    return FileResponse(candidate.open("rb"), content_type="application/pdf")  # expect: path-traversal
