# corpus: path=app/routers/echo.py
from fastapi import APIRouter
from fastapi.responses import ORJSONResponse

router = APIRouter()


@router.get("/echo", response_class=ORJSONResponse)
async def echo(text: str):
    return "<pre>" + text + "</pre>"  # ok: xss
