# corpus: path=billing/api/soap.py
"""FastAPI endpoints for the legacy SOAP-over-HTTP invoice interface."""
import xml.etree.ElementTree as ET

from fastapi import APIRouter, Body, File, HTTPException, Request, UploadFile
from lxml import etree

router = APIRouter(prefix="/soap")

NS = {"soap": "http://schemas.xmlsoap.org/soap/envelope/", "inv": "urn:example:invoice"}


def _invoice_number(envelope):
    node = envelope.find(".//inv:Number", NS)
    if node is None:
        raise HTTPException(status_code=400, detail="missing invoice number")
    return node.text


@router.post("/invoice")
async def submit_invoice(request: Request):
    payload = await request.body()
    envelope = ET.fromstring(payload)  # expect: xxe
    return {"number": _invoice_number(envelope)}


@router.post("/invoice/raw")
async def submit_invoice_raw(body: str = Body(..., media_type="application/xml")):
    envelope = etree.XML(body.encode())  # expect: xxe
    return {"number": envelope.findtext(".//{urn:example:invoice}Number")}


@router.post("/invoice/file")
async def submit_invoice_file(document: UploadFile = File(...)):
    data = await document.read()
    envelope = etree.fromstring(data)  # expect: xxe
    return {"number": envelope.findtext(".//{urn:example:invoice}Number")}


@router.post("/invoice/checked")
async def submit_invoice_checked(request: Request):
    payload = await request.body()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    envelope = etree.fromstring(payload, parser=parser)  # ok: xxe
    return {"number": envelope.findtext(".//{urn:example:invoice}Number")}


@router.get("/wsdl")
async def wsdl():
    tree = etree.parse("billing/api/invoice.wsdl")  # ok: xxe
    return {"operations": [op.get("name") for op in tree.iter("{http://schemas.xmlsoap.org/wsdl/}operation")]}
