# corpus: path=campaigns/views.py
from django.http import HttpResponse, JsonResponse
from django.template import Context, Engine, Template as DjangoTemplate
from django.template.loader import render_to_string
from django.utils.html import format_html
from flask import Blueprint, render_template, render_template_string, request
from jinja2 import BaseLoader, Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

bp = Blueprint("campaigns", __name__)
jinja_env = Environment(loader=BaseLoader(), autoescape=select_autoescape())
sandbox = SandboxedEnvironment()


@bp.post("/campaigns/preview")
def preview():
    body = request.form["body"]
    return jinja_env.from_string(body).render(first_name="Ada")  # expect: template-injection


@bp.post("/campaigns/preview-safe")
def preview_safe():
    body = request.form["body"]
    return sandbox.from_string(body).render(first_name="Ada")  # ok: template-injection


@bp.get("/campaigns/hello")
def hello():
    name = request.args.get("name", "friend")
    return render_template_string(f"<h1>Hello {name}!</h1>")  # expect: template-injection


@bp.get("/campaigns/hello-safe")
def hello_safe():
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name", "friend"))  # ok: template-injection


@bp.post("/campaigns/mako")
def mako_preview():
    tpl = MakoTemplate(text=request.form["template"])  # expect: template-injection
    return tpl.render(user="Ada")


@bp.get("/campaigns/page")
def page():
    return render_template("campaign.html", title=request.args.get("title"))  # ok: template-injection


def django_preview(request):
    template = DjangoTemplate(request.POST["template"])  # expect: template-injection
    return HttpResponse(template.render(Context({"user": request.user})))


def django_engine_preview(request):
    engine = Engine.get_default()
    tpl = engine.from_string(request.POST.get("snippet", ""))  # expect: template-injection
    return HttpResponse(tpl.render(Context({})))


def django_safe(request):
    html = render_to_string("campaigns/preview.html", {"body": request.POST.get("body", "")})  # ok: template-injection
    return HttpResponse(html)


def django_badge(request):
    return HttpResponse(format_html("<span class='badge'>{}</span>", request.GET.get("label", "")))  # ok: xss


def django_banner(request):
    label = request.GET.get("label", "")
    return HttpResponse(f"<div class='banner'>{label}</div>")  # expect: xss


def django_json(request):
    return JsonResponse({"label": request.GET.get("label", "")})  # ok: xss
