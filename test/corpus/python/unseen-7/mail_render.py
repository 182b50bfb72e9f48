# corpus: path=notifications/render.py
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from mako.template import Template as MakoTemplate

from .models import CampaignTemplate

TEMPLATE_DIR = Path(__file__).parent / "templates"

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))
sandbox = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
strict_sandbox = ImmutableSandboxedEnvironment(autoescape=True)
raw_env = Environment(autoescape=True)


def render_builtin(name: str, context: dict) -> str:
    return env.get_template(f"{name}.html").render(**context)  # ok: template-injection


def render_campaign(campaign_id: int, recipient: dict) -> str:
    campaign = CampaignTemplate.objects.get(pk=campaign_id)
    return sandbox.from_string(campaign.body).render(recipient=recipient)  # ok: template-injection


def render_subject(request, recipient: dict) -> str:
    subject = request.POST.get("subject", "")
    return strict_sandbox.from_string(subject).render(recipient=recipient)  # ok: template-injection


def preview_campaign(request):
    body = request.POST["body"]
    html = raw_env.from_string(body).render(recipient={"name": "Preview"})  # expect: template-injection
    return html


def preview_footer(request):
    footer = request.POST.get("footer", "")
    return Template(footer).render(year=2024)  # expect: template-injection


def preview_legacy(request):
    text = request.POST.get("text", "")
    tpl = MakoTemplate(text)  # expect: template-injection
    return tpl.render(name="Preview")


def render_receipt(order) -> str:
    tpl = MakoTemplate(filename=str(TEMPLATE_DIR / "receipt.mako"))  # ok: template-injection
    return tpl.render(order=order)


def greeting(request) -> str:
    name = request.GET.get("name", "there")
    return Template("Hello {{ name }}!").render(name=name)  # ok: template-injection
