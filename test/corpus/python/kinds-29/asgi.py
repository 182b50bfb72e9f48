# corpus: path=gateway/asgi.py
import os

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def ping(request):
    return JSONResponse({"pong": True})


routes = [Route("/ping", ping)]

app = Starlette(debug=True, routes=routes)  # expect: debug-mode

staging = Starlette(debug=os.getenv("STARLETTE_DEBUG", "false").lower() == "true", routes=routes)  # ok: debug-mode
