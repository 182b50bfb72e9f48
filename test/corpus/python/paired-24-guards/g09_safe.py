# corpus: path=app/notify/templates.py
from jinja2.sandbox import SandboxedEnvironment

env = SandboxedEnvironment()


def render_user_template(source, context):
    return env.from_string(source).render(**context)  # ok: template-injection
