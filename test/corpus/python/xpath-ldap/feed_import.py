# corpus: path=integrations/feeds/importer.py
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Query

router = APIRouter(prefix="/feeds")

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_FILE = "/srv/feeds/partners.xml"


@dataclass
class Entry:
    id: str
    title: str
    category: str


def _load():
    return ET.parse(FEED_FILE).getroot()


def _entry(node):
    return Entry(
        id=node.findtext(f"{ATOM}id", default=""),
        title=node.findtext(f"{ATOM}title", default=""),
        category=(node.find(f"{ATOM}category").get("term") if node.find(f"{ATOM}category") is not None else ""),
    )


@router.get("/entries")
def entries_in_category(category: str = Query(...)):
    root = _load()
    nodes = root.findall(f"{ATOM}entry/{ATOM}category[@term='{category}']/..")  # expect: xpath-injection
    return [_entry(n) for n in nodes]


@router.get("/entries/all")
def all_entries():
    root = _load()
    return [_entry(n) for n in root.findall(f"{ATOM}entry")]  # ok: xpath-injection


@router.get("/entries/latest")
def latest(limit: int = 10):
    root = _load()
    nodes = root.findall(f"{ATOM}entry[{limit}]")  # ok: xpath-injection
    return [_entry(n) for n in nodes]


@router.get("/entries/by-author")
def by_author(name: str):
    root = _load()
    for node in root.iterfind(f"{ATOM}entry/{ATOM}author[{ATOM}name='{name}']/.."):  # expect: xpath-injection
        return _entry(node)
    raise HTTPException(status_code=404)


@router.get("/entries/tags")
def by_tag(tag: str):
    root = _load()
    wanted = [n for n in root.findall(f"{ATOM}entry") if any(c.get("term") == tag for c in n.findall(f"{ATOM}category"))]  # ok: xpath-injection
    return [_entry(n) for n in wanted]


def entries_for_partner(root, partner_id):
    return root.findall(f".//{ATOM}entry[{ATOM}source='{partner_id}']")  # expect: xpath-injection
