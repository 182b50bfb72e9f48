# corpus: path=mailer/render_service.py
from django.http import HttpResponse, JsonResponse
from django.template import Context, Engine, Template
from django.views.decorators.http import require_POST
from jinja2 import Environment, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

jinja = Environment(autoescape=select_autoescape(["html"]), undefined=StrictUndefined)
sandbox = SandboxedEnvironment(autoescape=True)
BUILTIN = {
    "welcome": "Hello {{ name }}, welcome to {{ team }}!",
    "reset": "Hi {{ name }}, use {{ link }} to reset your password.",
}


@require_POST
def preview_builtin(request):
    key = request.POST.get("template", "welcome")
    source = BUILTIN.get(key, BUILTIN["welcome"])
    body = jinja.from_string(source).render(name=request.POST.get("name", ""), team="Acme")  # ok: template-injection
    return JsonResponse({"body": body})


@require_POST
def preview_custom(request):
    source = request.POST.get("body", "")
    body = jinja.from_string(source).render(name=request.user.first_name, team="Acme")  # expect: template-injection
    return JsonResponse({"body": body})


@require_POST
def preview_sandboxed(request):
    source = request.POST.get("body", "")
    body = sandbox.from_string(source).render(name=request.user.first_name)  # ok: template-injection
    return JsonResponse({"body": body})


@require_POST
def preview_django(request):
    tpl = Template(request.POST["body"])  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})))


def render_signature(request):
    engine = Engine.get_default()
    tpl = engine.from_string(request.GET.get("sig", "{{ user.get_full_name }}"))  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})))
