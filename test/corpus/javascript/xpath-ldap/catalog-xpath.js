// corpus: path=src/catalog/search.js
const fs = require('fs');
const path = require('path');
const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const router = express.Router();
const xml = fs.readFileSync(path.join(__dirname, 'catalog.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');

function toProduct(node) {
  return {
    sku: node.getAttribute('sku'),
    name: xpath.select1('string(name)', node),
    price: Number(xpath.select1('string(price)', node)),
  };
}

router.get('/products', (req, res) => {
  const brand = req.query.brand || '';
  const nodes = xpath.select(`//product[brand='${brand}']`, doc); // expect: xpath-injection
  res.json(nodes.map(toProduct));
});

router.get('/products/:sku', (req, res) => {
  const node = xpath.select1("//product[@sku='" + req.params.sku + "']", doc); // expect: xpath-injection
  if (!node) return res.sendStatus(404);
  res.json(toProduct(node));
});

router.get('/products-by-tag', (req, res) => {
  const nodes = xpath.parse('//product[tag=$tag]').select({ node: doc, variables: { tag: String(req.query.tag || '') } }); // ok: xpath-injection
  res.json(nodes.map(toProduct));
});

router.get('/products-cheaper', (req, res) => {
  const max = Number(req.query.max) || 0;
  const nodes = xpath.select(`//product[price < ${max}]`, doc); // ok: xpath-injection
  res.json(nodes.map(toProduct));
});

router.get('/brands', (req, res) => {
  const brands = xpath.select('//product/brand/text()', doc).map((n) => n.nodeValue); // ok: xpath-injection
  res.json([...new Set(brands)].sort());
});

router.post('/products/query', express.json(), (req, res) => {
  const select = xpath.useNamespaces({ c: 'urn:acme:catalog' });
  const nodes = select(req.body.expression, doc); // expect: xpath-injection
  res.json(nodes.map(toProduct));
});

router.get('/category', (req, res) => {
  const category = req.query.category;
  const expr = xpath.parse(`//product[@category="${category}"]`); // expect: xpath-injection
  res.json(expr.select({ node: doc }).map(toProduct));
});

function productsInWarehouse(warehouseId) {
  return xpath.select(`//product[stock/@warehouse='${warehouseId}']`, doc); // expect: xpath-injection
}

module.exports = { router, productsInWarehouse };
