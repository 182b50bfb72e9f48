# corpus: path=campaigns/api.py
from string import Template as TextTemplate

from fastapi import FastAPI, HTTPException
from jinja2 import BaseLoader, Environment, TemplateSyntaxError
from pydantic import BaseModel

from .customers import load_customers

app = FastAPI()


class SegmentIn(BaseModel):
    name: str
    rule: str


class CampaignIn(BaseModel):
    subject: str
    body: str


@app.post("/segments/preview")
def preview_segment(seg: SegmentIn):
    env = Environment()
    try:
        matches = env.compile_expression(seg.rule)  # expect: template-injection
    except TemplateSyntaxError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    selected = [c for c in load_customers() if matches(**c)]
    return {"segment": seg.name, "count": len(selected), "sample": [c["email"] for c in selected[:5]]}


@app.post("/campaigns/render")
def render_campaign(c: CampaignIn):
    sample = {"first_name": "Ada", "orders": 3, "country": "DE"}
    subject = TextTemplate(c.subject).safe_substitute(sample)  # ok: template-injection
    try:
        body = Environment(loader=BaseLoader(), autoescape=True).from_string(c.body).render(**sample)  # expect: template-injection
    except TemplateSyntaxError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"subject": subject, "body": body}
