# corpus: path=reportgen/render.py
import jinja2

_env = jinja2.Environment(  # ok: xss
    loader=jinja2.PackageLoader("reportgen", "templates"),
    autoescape=jinja2.select_autoescape(["html", "xml"]),
)


def render_report(title: str, rows: list[dict]) -> str:
    template = _env.get_template("report.html")
    return template.render(title=title, rows=rows)
