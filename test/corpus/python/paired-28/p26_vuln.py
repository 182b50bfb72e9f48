# corpus: path=app/catalog/lookup.py
from lxml import etree


def price_of(catalog_path, sku):
    tree = etree.parse(catalog_path)
    found = tree.xpath("//item[@sku='" + sku + "']/price/text()")  # expect: xpath-injection
    return float(found[0]) if found else None
