# corpus: path=reports/rendering.py
from string import Template

from jinja2 import Environment, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

from reports.models import ReportDefinition

_env = Environment(undefined=StrictUndefined, autoescape=True)
_sandbox = SandboxedEnvironment(autoescape=True)


def render_report(definition: ReportDefinition, context: dict) -> str:
    template = _env.from_string(definition.body_template)  # expect: template-injection
    return template.render(**context)


def render_report_sandboxed(definition: ReportDefinition, context: dict) -> str:
    return _sandbox.from_string(definition.body_template).render(**context)  # ok: template-injection


def render_subject(definition: ReportDefinition, context: dict) -> str:
    return Template(definition.subject).safe_substitute(context)  # ok: template-injection


def render_footer(user_footer: str, context: dict) -> str:
    return MakoTemplate(user_footer).render(**context)  # expect: template-injection


def render_header(context: dict) -> str:
    return _env.get_template("reports/header.html").render(**context)  # ok: template-injection
