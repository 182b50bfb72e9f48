// corpus: path=common/models/product.js
'use strict'

// LoopBack 3 model script. The remote methods below are exposed through the REST connector, so
// every argument declared with http.source 'query' or 'body' is what the API client sent.
const { execFile } = require('child_process')
const http = require('http')
const https = require('https')

const SORTS = { price: 'price ASC', newest: 'created DESC', name: 'name ASC' }

module.exports = function (Product) {
  Product.search = function (term, category, cb) {
    const sql = `SELECT id, name, price FROM product WHERE name LIKE '%${term}%' AND category = $1`
    Product.dataSource.connector.execute(sql, [category], cb) // expect: sql-injection
  }

  Product.remoteMethod('search', {
    accepts: [
      { arg: 'term', type: 'string', http: { source: 'query' } },
      { arg: 'category', type: 'string', http: { source: 'query' } },
    ],
    returns: { arg: 'products', type: 'array', root: true },
    http: { verb: 'get', path: '/search' },
  })

  Product.browse = function (category, sort, cb) {
    const order = SORTS[sort] || SORTS.name
    const sql = `SELECT id, name, price FROM product WHERE category = $1 ORDER BY ${order}`
    Product.dataSource.connector.execute(sql, [category], cb) // ok: sql-injection
  }

  Product.remoteMethod('browse', {
    accepts: [
      { arg: 'category', type: 'string', http: { source: 'query' } },
      { arg: 'sort', type: 'string', http: { source: 'query' } },
    ],
    returns: { arg: 'products', type: 'array', root: true },
    http: { verb: 'get', path: '/browse' },
  })

  Product.filterBy = function (where, cb) {
    Product.find({ where: { category: String(where.category || '') } }, cb) // ok: nosql-injection
  }

  Product.remoteMethod('filterBy', {
    accepts: { arg: 'where', type: 'object', http: { source: 'body' } },
    returns: { arg: 'products', type: 'array', root: true },
    http: { verb: 'post', path: '/filter' },
  })

  Product.checkSupplierFeed = function (feedUrl, cb) {
    const client = feedUrl.startsWith('https:') ? https : http
    client.get(feedUrl, (res) => cb(null, { status: res.statusCode })).on('error', cb) // expect: ssrf
  }

  Product.remoteMethod('checkSupplierFeed', {
    accepts: { arg: 'feedUrl', type: 'string', http: { source: 'query' } },
    returns: { arg: 'result', type: 'object', root: true },
    http: { verb: 'get', path: '/feed-check' },
  })

  Product.barcode = function (code, cb) {
    execFile('zint', ['--barcode=20', '--data', String(code), '--direct'], { encoding: 'buffer' }, (err, png) => cb(err, png)) // ok: command-injection
  }

  Product.remoteMethod('barcode', {
    accepts: { arg: 'code', type: 'string', http: { source: 'query' } },
    returns: { arg: 'body', type: 'file', root: true },
    http: { verb: 'get', path: '/barcode' },
  })
}
