# corpus: path=reports/builder.py
import hashlib
import json
import logging
import os
from datetime import date
from pathlib import Path
from string import Template

from jinja2 import Environment, FileSystemLoader, select_autoescape

from reports.models import ReportDefinition, Tenant

log = logging.getLogger(__name__)
TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path(os.environ.get("REPORT_OUTPUT_DIR", "/var/reports"))

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


class ReportBuilder:
    def __init__(self, tenant: Tenant, definition: ReportDefinition) -> None:
        self.tenant = tenant
        self.definition = definition

    def filename(self, day: date) -> Path:
        digest = hashlib.sha1(f"{self.tenant.id}:{self.definition.id}:{day}".encode()).hexdigest()[:12]  # ok: weak-hash
        return OUTPUT_DIR / str(self.tenant.id) / f"{day:%Y%m%d}-{digest}.html"

    def title(self, day: date) -> str:
        return Template(self.definition.title_pattern).safe_substitute(tenant=self.tenant.name, day=day.isoformat())  # ok: template-injection

    def header(self, day: date) -> str:
        return env.from_string(self.definition.header_template).render(tenant=self.tenant, day=day)  # expect: template-injection

    def body(self, rows: list[dict], day: date) -> str:
        tpl = env.get_template("report_body.html")
        return tpl.render(rows=rows, tenant=self.tenant, day=day)

    def row_label(self, row: dict) -> str:
        return self.definition.row_format.format(**row)

    def build(self, rows: list[dict], day: date) -> Path:
        out = self.filename(day)
        out.parent.mkdir(parents=True, exist_ok=True)
        html = self.header(day) + self.body(rows, day)
        out.write_text(html, encoding="utf-8")
        meta = {"tenant": self.tenant.id, "definition": self.definition.id, "rows": len(rows)}
        out.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        log.info("report %s written (%d rows)", out.name, len(rows))
        return out
