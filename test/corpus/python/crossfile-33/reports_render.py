# corpus: path=reports/render.py changeset=reports
from django.http import HttpResponse
from django.template import Context, Engine, Template
from django.utils.html import escape

BANNER_STYLE = "padding:8px;background:#fffbe6;border:1px solid #ffe58f"


def banner(message):
    return HttpResponse('<div class="banner" style="' + BANNER_STYLE + '">' + message + "</div>")  # expect: xss


def notice(message):
    return HttpResponse('<div class="notice">' + escape(message) + "</div>")  # ok: xss


def snippet(source, context):
    template = Template(source)  # expect: template-injection
    return HttpResponse(template.render(Context(context)))


def fixed_snippet(name, context):
    template = Engine.get_default().get_template("snippets/" + name + ".html")
    return HttpResponse(template.render(Context(context)))
