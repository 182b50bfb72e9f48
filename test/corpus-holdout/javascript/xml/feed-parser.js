// corpus: path=src/feeds/parse.js
const libxmljs = require('libxmljs')
const { XMLParser } = require('fast-xml-parser')

const fast = new XMLParser({ ignoreAttributes: false, processEntities: false })

function parseUpload(req) {
  const doc = libxmljs.parseXml(req.body.toString(), { noent: true, dtdload: true }) // expect: xxe
  return doc.find('//item').map((n) => n.text())
}

function parseUploadSafe(req) {
  const doc = libxmljs.parseXml(req.body.toString(), { noent: false, nonet: true }) // ok: xxe
  return doc.find('//item').map((n) => n.text())
}

function parseFeed(xml) {
  return fast.parse(xml) // ok: xxe
}

module.exports = { parseUpload, parseUploadSafe, parseFeed }
