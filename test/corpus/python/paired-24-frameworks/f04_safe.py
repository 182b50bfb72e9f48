# corpus: path=app/routers/pages.py
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

router = APIRouter()
templates = Jinja2Templates(directory="templates")


@router.get("/welcome", response_class=HTMLResponse)
async def welcome(request: Request, name: str = "friend"):
    return templates.TemplateResponse(request, "welcome.html", {"name": name})  # ok: xss
