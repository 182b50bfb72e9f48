# corpus: path=notifications/templating.py
import logging
from string import Template as StringTemplate

from jinja2 import Environment, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

from notifications.models import Campaign, Recipient

log = logging.getLogger(__name__)

_env = Environment(autoescape=select_autoescape(["html"]), undefined=StrictUndefined)
_sandbox = SandboxedEnvironment(autoescape=True)


class CampaignRenderer:
    def __init__(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self.subject_source = campaign.subject_template
        self.body_source = campaign.body_template

    def subject(self, recipient: Recipient) -> str:
        tmpl = _env.from_string(self.subject_source)  # expect: template-injection
        return tmpl.render(first_name=recipient.first_name)

    def body(self, recipient: Recipient) -> str:
        tmpl = _sandbox.from_string(self.body_source)  # ok: template-injection
        return tmpl.render(first_name=recipient.first_name, unsubscribe=recipient.unsubscribe_url)

    def plain_body(self, recipient: Recipient) -> str:
        return StringTemplate(self.body_source).safe_substitute(first_name=recipient.first_name)  # ok: template-injection


def render_footer(request) -> str:
    footer = request.POST.get("footer", "")
    return MakoTemplate("<footer>" + footer + "</footer>").render()  # expect: template-injection


def render_footer_v2(request) -> str:
    footer = request.POST.get("footer", "")
    return MakoTemplate("<footer>${footer | h}</footer>").render(footer=footer)  # ok: template-injection


def render_digest(items: list[dict]) -> str:
    tmpl = _env.get_template("digest.html")
    html = tmpl.render(items=items)
    log.debug("rendered digest with %d items", len(items))
    return html
