# corpus: path=marketing/templates_api.py
from fastapi import APIRouter
from jinja2 import Environment, StrictUndefined
from pydantic import BaseModel

router = APIRouter()
env = Environment(undefined=StrictUndefined, autoescape=True)


class Preview(BaseModel):
    subject: str
    body: str
    first_name: str = "Alex"


@router.post("/campaigns/preview")
def preview(p: Preview):
    subject = env.from_string(p.subject).render(first_name=p.first_name)  # expect: template-injection
    body = env.get_template("campaign.html").render(body=p.body, first_name=p.first_name)  # ok: template-injection
    return {"subject": subject, "body": body}
