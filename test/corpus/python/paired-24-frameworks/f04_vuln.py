# corpus: path=app/routers/pages.py
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter()


@router.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "friend"):
    return HTMLResponse(f"<h1>Welcome, {name}!</h1>")  # expect: xss
