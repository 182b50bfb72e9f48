# corpus: path=purchasing/intake.py
import logging
import os
import subprocess
import tempfile

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required
from lxml import etree

from .models import SupplierInvoice, db

bp = Blueprint("intake", __name__, url_prefix="/intake")
log = logging.getLogger(__name__)
NS = {"ubl": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
      "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}
# Some suppliers declare their currency codes as entities in an internal DTD.
UBL_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)  # expect: xxe


def _text_of_pdf(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout  # ok: command-injection


@bp.post("/ubl")
@login_required
def ubl_invoice():
    root = etree.fromstring(request.get_data(), UBL_PARSER)
    invoice = SupplierInvoice(
        number=root.findtext("cbc:ID", namespaces=NS),
        issued_on=root.findtext("cbc:IssueDate", namespaces=NS),
        total=root.findtext(".//cbc:PayableAmount", namespaces=NS),
    )
    db.session.add(invoice)
    db.session.commit()
    return jsonify({"id": invoice.id}), 201


@bp.post("/pdf")
@login_required
def pdf_invoice():
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    fd, path = tempfile.mkstemp(suffix=".pdf")
    with os.fdopen(fd, "wb") as fh:
        upload.save(fh)
    try:
        text = _text_of_pdf(path)
    finally:
        os.unlink(path)
    invoice = SupplierInvoice.from_text(text)
    db.session.add(invoice)
    db.session.commit()
    return jsonify({"id": invoice.id}), 201
