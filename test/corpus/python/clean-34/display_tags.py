# corpus: path=catalog/templatetags/display.py
from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def as_link(value):
    text = str(value)
    if text.startswith(("https://", "http://", "/")) and " " not in text:
        return mark_safe('<a href="{url}" rel="nofollow">{url}</a>'.format(url=escape(text)))  # ok: xss
    if "@" in text and " " not in text:
        return mark_safe('<a href="mailto:{0}">{0}</a>'.format(escape(text)))  # ok: xss
    return text


@register.filter
def badge(status):
    label = {"active": "Active", "paused": "Paused"}.get(status, "Unknown")
    return format_html('<span class="badge badge-{}">{}</span>', status, label)


@register.filter
def as_json_literal(value):
    if value is None or isinstance(value, bool):
        return mark_safe("<code>%s</code>" % {True: "true", False: "false", None: "null"}[value])  # ok: xss
    return value


@register.filter
def highlight(value, term):
    return mark_safe("<mark>{}</mark> in {}".format(term, escape(value)))  # expect: xss
