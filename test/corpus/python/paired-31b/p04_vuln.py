# corpus: path=app/imports/feeds.py
from fastapi import APIRouter, UploadFile
from lxml import etree

router = APIRouter()


@router.post("/imports/feed")
async def import_feed(upload: UploadFile):
    raw = await upload.read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    tree = etree.fromstring(raw, parser)
    titles = [item.findtext("title") for item in tree.iter("item")]
    return {"count": len(titles), "titles": titles[:20]}
