# corpus: path=app/notify/templates.py
from jinja2 import Environment

env = Environment()


def render_user_template(source, context):
    return env.from_string(source).render(**context)  # expect: template-injection
