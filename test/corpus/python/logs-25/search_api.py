# corpus: path=app/routers/search.py
import logging

from fastapi import APIRouter, Header, Query, Request

router = APIRouter()
logger = logging.getLogger("search")


@router.get("/search")
async def search(request: Request, q: str = Query(""), limit: int = Query(20)):
    logger.info(f"search q={q} limit={limit}")  # expect: log-injection
    logger.debug(f"limit {limit}")  # ok: log-injection
    logger.info("search from {}".format(request.client.host))  # ok: log-injection
    return {"results": [], "q": q}


@router.post("/feedback")
async def feedback(request: Request, x_client: str = Header("unknown")):
    body = await request.json()
    message = body.get("message", "")
    logger.warning("feedback from " + x_client + ": " + message)  # expect: log-injection
    logger.info("feedback received (%d chars)", len(message))  # ok: log-injection
    return {"ok": True}


@router.get("/items/{item_id}")
async def item(item_id: int):
    logger.info(f"item {item_id} viewed")  # ok: log-injection
    return {"id": item_id}
