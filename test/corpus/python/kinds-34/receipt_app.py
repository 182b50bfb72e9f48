# corpus: path=receipts/app.py
import sys
from decimal import Decimal

from django.conf import settings

settings.configure(
    DEBUG=True,  # expect: debug-mode
    SECRET_KEY="k#9v!x2m@q7w$e4r8t1y6u3i0o5p-receipts",  # expect: hardcoded-secret
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates"]}],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse, HttpResponseBadRequest  # noqa: E402
from django.template import engines  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.http import require_POST  # noqa: E402

DEFAULT_LAYOUT = """<h1>Receipt</h1>
<table>{% for line in lines %}<tr><td>{{ line.name }}</td><td>{{ line.amount }}</td></tr>{% endfor %}</table>
<p>Total: {{ total }}</p>"""


def parse_lines(raw):
    lines = []
    for row in raw.splitlines():
        if not row.strip():
            continue
        name, _, amount = row.rpartition(",")
        lines.append({"name": name.strip(), "amount": Decimal(amount.strip())})
    return lines


@require_POST
def render_receipt(request):
    try:
        lines = parse_lines(request.POST.get("lines", ""))
    except ArithmeticError:
        return HttpResponseBadRequest("bad amount")
    layout = request.POST.get("layout") or DEFAULT_LAYOUT
    template = engines["django"].from_string(layout)  # expect: template-injection
    html = template.render({"lines": lines, "total": sum(l["amount"] for l in lines)})
    return HttpResponse(html)


@require_POST
def render_standard(request):
    try:
        lines = parse_lines(request.POST.get("lines", ""))
    except ArithmeticError:
        return HttpResponseBadRequest("bad amount")
    html = render_to_string("receipt.html", {"lines": lines, "total": sum(l["amount"] for l in lines)})  # ok: template-injection
    return HttpResponse(html)


urlpatterns = [
    path("receipt", render_receipt),
    path("receipt/standard", render_standard),
]

application = get_wsgi_application()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
