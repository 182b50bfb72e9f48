# corpus: path=campaigns/views.py
from django.http import HttpResponse, JsonResponse
from django.template import Context, Engine, Template
from django.views.decorators.http import require_POST
from jinja2 import Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

jinja_env = Environment(autoescape=select_autoescape())
sandbox = SandboxedEnvironment(autoescape=True)
GREETING = "Hello {{ name }}, your order {{ order }} has shipped."


@require_POST
def preview_email(request):
    body = request.POST["template"]
    rendered = jinja_env.from_string(body).render(name=request.user.first_name)  # expect: template-injection
    return HttpResponse(rendered, content_type="text/plain")


@require_POST
def preview_email_sandboxed(request):
    body = request.POST["template"]
    rendered = sandbox.from_string(body).render(name=request.user.first_name)  # ok: template-injection
    return HttpResponse(rendered, content_type="text/plain")


@require_POST
def preview_greeting(request):
    name = request.POST.get("name", "")
    rendered = jinja_env.from_string(GREETING).render(name=name, order="A-1")  # ok: template-injection
    return HttpResponse(rendered, content_type="text/plain")


@require_POST
def preview_django(request):
    source = request.POST.get("source", "")
    tpl = Template(source)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})), content_type="text/plain")


@require_POST
def preview_engine(request):
    source = request.POST.get("source", "")
    tpl = Engine.get_default().from_string(source)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})), content_type="text/plain")


@require_POST
def preview_mako(request):
    source = request.POST["layout"]
    return JsonResponse({"html": MakoTemplate(source).render(user=request.user.username)})  # expect: template-injection


@require_POST
def preview_mako_fixed(request):
    title = request.POST["title"]
    return JsonResponse({"html": MakoTemplate("<h1>${title | h}</h1>").render(title=title)})  # ok: template-injection
