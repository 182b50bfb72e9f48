import { pythonUnsafeMarkup } from '../../../../src/review/rules/injection/python-unsafe-markup'
import { testRule } from '../../rule-tester'

testRule(pythonUnsafeMarkup, {
  valid: [
    // A route's URL and the app's own messages, given only literals: no caller's or stored text is in the link.
    'from flask import url_for\nfrom flask_babel import gettext as _\nfrom markupsafe import Markup\n\ndef forgot_link():\n    return Markup(f\'<a href="{url_for("auth.reset_request")}">{_("Forgot your password?")}</a>\')\n',
    'from django.urls import reverse\nfrom django.utils.safestring import mark_safe\nfrom django.utils.translation import gettext_lazy as _\n\ndef help_link():\n    return mark_safe(f\'<a href="{reverse("docs:index")}">{_("Read the docs")}</a>\')\n',
    'def hint():\n    return Markup(\n        f\'{_("Already have an account?")} \'\n        f\'<a href="{url_for("auth.login", _external=False)}">{_("Sign in")}</a>\'\n    )\n',
    'return Markup("<b>Hello {}</b>").format(name)',
    'return format_html("<a href=\'{}\'>{}</a>", url, label)',
    'ICON = mark_safe("<svg>...</svg>")',
    'return mark_safe(rendered)',
    'return Markup(f"<b>{html.escape(name)}</b>")',
    'return HTMLResponse(content=PAGE, status_code=200)',
    '# return Markup(f"<b>{name}</b>")',
    { code: '<p>{{ comment.body | safe }}</p>\n<p>{{ request.args.q }}</p>', path: 'templates/post.html' },
    { code: 'assert Markup(f"<b>{x}</b>") == expected', path: 'tests/test_views.py' },
    // escaped where it is spliced, or a few lines up; set by the deployment, not the client
    'return Markup("<abbr title=\'%s\'>?</abbr>" % escape(hint))',
    'caption = escape(request.GET.get("caption", ""))\nreturn mark_safe(f"<figcaption>{caption}</figcaption>")',
    'version = os.environ.get("APP_VERSION", "dev")\nreturn HTMLResponse(f"<footer>{version}</footer>")',
    'return format_html("<h2>{}</h2>", heading)',
    // fields an administrator writes, and pre-rendered HTML
    'return mark_safe(self.description)',
    'return mark_safe(page.intro_html)',
    'return format_html("<p>{}</p>", profile.bio)',
    // each piece escaped where the name passed was built
    'items = "".join("<li>%s</li>" % escape(n) for n in names)\nreturn JsonResponse({"html": mark_safe(items)})',
    // a template rendered by name: what it is given are context values the template escapes
    'html = templates.get_template("receipts/report.html").render(rows=rows, title=f"Receipts for {org.name}")\nreturn HTMLResponse(html)',
    'return HTMLResponse(env.get_template("search.html").render(q=request.query_params["q"]))',
    'return Markup(render_template("badge.html", label=f"{user.name} ({user.role})"))',
    // str() of escaped text is the same escaped text
    'escaped_text = str(escape(text))\nescaped_term = str(escape(term))\nreturn Markup(escaped_text.replace(escaped_term, f"<mark>{escaped_term}</mark>"))',
  ],
  invalid: [
    // The route's URL is fixed, the text beside it is not; a message looked up by a caller's key, or any other call of literals, is not the catalogue's.
    { code: 'def profile_link(user):\n    return Markup(f\'<a href="{url_for("profile", name=user.name)}">{user.display_name}</a>\')\n', findings: [{ line: 2 }] },
    { code: 'def label(name):\n    return Markup(f"<b>{_(name)}</b>")\n', findings: [{ line: 2 }] },
    { code: 'def banner():\n    return Markup(f"<div>{load_banner(\'home\')}</div>")\n', findings: [{ line: 2 }] },
    { code: 'def link(user):\n    return Markup(f\'<a href="{url_for("profile", name=user.name)}">{_("Profile")}</a>\')\n', findings: [{ line: 2 }] },
    // str() of something that is not escaped is still raw
    { code: 'label = str(term)\nreturn Markup(f"<mark>{label}</mark>")', findings: [{ line: 2 }] },
    // the template's own text built from the value, then rendered
    { code: 'html = Template(f"<h1>{title}</h1>").render()\nreturn HTMLResponse(html)', findings: [{ line: 2 }] },
    { code: 'html = templates.get_template(name).render() + f"<p>{note}</p>"\nreturn HTMLResponse(html)', findings: [{ line: 2 }] },
    { code: 'html = env.get_template("page.html").render(title="Notes") + f"<p>{note}</p>"\nreturn HTMLResponse(html)', findings: [{ line: 2 }] },
    // what users write about themselves or to each other, stored and shown to every visitor
    { code: 'bio_html = mark_safe(profile.bio)', findings: [{ line: 1, message: /stored user-written field `profile\.bio`/, severity: 'major' }] },
    { code: 'return Markup(comment.body)', findings: [{ line: 1 }] },
    { code: 'items = "".join("<li>%s</li>" % n for n in names)\nreturn JsonResponse({"html": mark_safe(items)})', findings: [{ line: 2 }] },
    { code: 'return mark_safe(self.signature)', findings: [{ line: 1 }] },
    // format_html escapes its arguments, not values already formatted into its format string
    { code: 'heading = request.GET.get("heading", "")\nreturn HttpResponse(format_html(f"<h2>{heading}</h2>"))', findings: [{ line: 2, message: /format string/ }] },
    // a name escaped elsewhere but reassigned from raw input in between
    { code: 'caption = escape(raw)\ncaption = request.GET["caption"]\nreturn mark_safe(f"<i>{caption}</i>")', findings: [{ line: 3 }] },
    {
      code: 'def greeting(name):\n    return Markup(f"<b>Hello {name}</b>")',
      findings: [{ line: 2, message: /`Markup\(\.\.\.\)` marks HTML built with an f-string from `name` as safe/, severity: 'major', suggestion: /Markup\("<b>\{\}<\/b>"\)\.format\(name\)/ }],
    },
    {
      code: 'bio = mark_safe("<p>%s</p>" % user.bio)',
      findings: [{ line: 1, message: /`%` formatting from `user\.bio`/, suggestion: /format_html/ }],
    },
    {
      code: 'return mark_safe(request.GET.get("msg"))',
      findings: [{ line: 1, message: /request data/, severity: 'critical' }],
    },
    {
      code: 'async def hello(name: str):\n    return HTMLResponse(f"<h1>Hello {name}</h1>")',
      findings: [{ line: 2, message: /HTMLResponse/, suggestion: /html\.escape/ }],
    },
    {
      code: 'q = request.args.get("q")\nreturn Markup(q)',
      findings: [{ line: 2, severity: 'critical' }],
    },
    {
      code: '<div class="results">Results for {{ request.args.get("q") | safe }}</div>',
      path: 'templates/search.html',
      findings: [{ line: 1, severity: 'critical', suggestion: /\{\{ request\.args\.get\("q"\) \}\}/ }],
    },
  ],
})
