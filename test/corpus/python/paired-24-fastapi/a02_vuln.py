# corpus: path=app/routers/echo.py
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter()


@router.get("/echo", response_class=HTMLResponse)
async def echo(text: str):
    return "<pre>" + text + "</pre>"  # expect: xss
