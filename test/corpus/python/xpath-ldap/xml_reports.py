# corpus: path=reports/xml_routes.py
import xml.etree.ElementTree as ET

from flask import Blueprint, abort, jsonify, request
from lxml import etree, html

bp = Blueprint("xml_reports", __name__)

ALLOWED_REGIONS = {"emea", "apac", "amer"}
REPORT = ET.parse("/srv/reports/sales.xml").getroot()
LX = etree.parse("/srv/reports/sales.xml")


@bp.get("/sales/region")
def sales_for_region():
    region = request.args.get("region", "")
    if region not in ALLOWED_REGIONS:
        abort(400)
    rows = REPORT.findall(".//sale[@region='%s']" % region)  # ok: xpath-injection
    return jsonify(total=sum(float(r.get("amount", 0)) for r in rows))


@bp.get("/sales/customer")
def sales_for_customer():
    customer = request.args["customer"]
    row = REPORT.find(".//sale[@customer='%s']" % customer)  # expect: xpath-injection
    return jsonify(amount=row.get("amount") if row is not None else None)


@bp.get("/sales/rep")
def sales_for_rep():
    rep = request.args.get("rep", "")
    expr = "//sale"
    expr += "[@rep='" + rep + "']"
    rows = LX.xpath(expr)  # expect: xpath-injection
    return jsonify(count=len(rows))


@bp.get("/sales/product")
def sales_for_product():
    sku = request.args.get("sku", "")
    rows = LX.xpath("//sale[@sku=$sku]", sku=sku)  # ok: xpath-injection
    return jsonify(count=len(rows))


@bp.post("/preview")
def preview_snippet():
    page = html.fromstring(request.get_data(as_text=True))
    selector = request.args.get("select", "//h1")
    nodes = page.xpath(selector)  # expect: xpath-injection
    return jsonify(texts=[n.text_content() for n in nodes][:20])


@bp.get("/sales/month/<int:month>")
def sales_for_month(month):
    rows = LX.xpath(f"//sale[@month='{month:02d}']")  # ok: xpath-injection
    return jsonify(count=len(rows))


def rows_for_account(account_id):
    return LX.xpath("//sale[@account='" + account_id + "']")  # expect: xpath-injection


def summary():
    regions = {}
    for region in ALLOWED_REGIONS:
        regions[region] = len(REPORT.findall(f".//sale[@region='{region}']"))  # ok: xpath-injection
    return regions
