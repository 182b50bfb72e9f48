// corpus: path=server/routes/imports.js
const express = require('express');
const libxmljs = require('libxmljs2');
const xml2js = require('xml2js');
const { XMLParser } = require('fast-xml-parser');
const { DOMParser } = require('@xmldom/xmldom');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));

router.post('/imports/catalog', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: true }); // expect: xxe
  res.json({ products: doc.find('//product').length });
});

router.post('/imports/catalog/v2', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { nonet: true }); // ok: xxe
  res.json({ products: doc.find('//product').length });
});

router.post('/imports/orders', async (req, res) => {
  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false }); // ok: xxe
  res.json({ id: parsed.order.$.id });
});

router.post('/imports/stock', (req, res) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const parsed = parser.parse(req.body); // ok: xxe
  res.json({ levels: Object.keys(parsed.stock || {}).length });
});

router.post('/imports/prices', (req, res) => {
  const doc = new DOMParser().parseFromString(req.body, 'text/xml'); // ok: xxe
  res.json({ prices: doc.getElementsByTagName('price').length });
});

module.exports = router;
