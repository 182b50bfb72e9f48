# corpus: path=app/main.py
import traceback

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from .settings import DEBUG


async def homepage(request: Request):
    return PlainTextResponse("ok")


async def on_error(request: Request, exc: Exception):
    if DEBUG:
        return PlainTextResponse("".join(traceback.format_exception(exc)), status_code=500)  # ok: error-exposure
    return JSONResponse({"error": "internal error"}, status_code=500)  # ok: error-exposure


async def on_server_error(request: Request, exc: Exception):
    return JSONResponse({"error": repr(exc)}, status_code=500)  # expect: error-exposure


app = Starlette(
    debug=DEBUG,
    routes=[Route("/", homepage)],
    exception_handlers={Exception: on_error, 500: on_server_error},
)
