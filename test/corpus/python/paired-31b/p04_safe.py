# corpus: path=app/imports/feeds.py
from defusedxml import ElementTree
from fastapi import APIRouter, UploadFile

router = APIRouter()


@router.post("/imports/feed")
async def import_feed(upload: UploadFile):
    raw = await upload.read()
    tree = ElementTree.fromstring(raw)  # ok: xxe
    titles = [item.findtext("title") for item in tree.iter("item")]
    return {"count": len(titles), "titles": titles[:20]}
