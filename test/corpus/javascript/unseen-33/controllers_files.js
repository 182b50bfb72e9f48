// corpus: path=controllers/files.js
// Total.js 4 routes of the document portal. $.query, $.params and $.body hold what the browser
// sent; the portal is public apart from the /admin/ routes guarded by the auth flag.
const Path = require('path')
const Fs = require('fs')

const STORAGE = PATH.root('storage/documents')

exports.install = function () {
  ROUTE('GET /documents/search/', search)
  ROUTE('GET /documents/search2/', search2)
  ROUTE('GET /documents/download/', download)
  ROUTE('GET /documents/download2/', download2)
  ROUTE('GET /documents/preview/', preview)
  ROUTE('GET /documents/open/', open)
  ROUTE('POST /documents/notes/', notes)
}

function search($) {
  DB().query(`SELECT id, title FROM documents WHERE title ILIKE '%${$.query.q}%'`).callback($.callback()) // expect: sql-injection
}

function search2($) {
  DB().find('documents').fields('id,title').search('title', $.query.q || '').take(50).callback($.callback()) // ok: sql-injection
}

function download($) {
  $.file(Path.join(STORAGE, $.query.name)) // expect: path-traversal
}

function download2($) {
  const name = Path.basename($.query.name || '')
  if (!/^[\w-]+\.pdf$/.test(name)) return $.invalid('name')
  $.file(Path.join(STORAGE, name)) // ok: path-traversal
}

function preview($) {
  const title = $.query.title || 'Document'
  $.html(`<!doctype html><title>${title}</title><iframe src="/documents/download2/?name=${encodeURIComponent($.query.name || '')}"></iframe>`) // expect: xss
}

function open($) {
  const to = $.query.url || '/'
  $.redirect(to) // expect: open-redirect
}

function notes($) {
  const model = $.body
  const text = String(model.text || '').slice(0, 2000)
  Fs.appendFile(Path.join(STORAGE, 'notes.log'), JSON.stringify({ at: NOW, text }) + '\n', $.done()) // ok: path-traversal
}
