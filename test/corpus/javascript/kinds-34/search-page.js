// corpus: path=src/server.js
const http = require('node:http');
const { URL } = require('node:url');
const catalog = require('./catalog');

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function page(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/style.css">${html}`); // expect: xss
}

async function handleSearch(url, res) {
  const q = url.searchParams.get('q') || '';
  const tags = url.searchParams.getAll('tag');
  const results = await catalog.search(q, { tags, limit: 25 });

  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.write(`<h1>Results for "${esc(q)}"</h1>`); // ok: xss
  res.write('<p class="filters">Filtered by: ');
  for (const t of tags) {
    res.write(`<span class="tag">${t}</span> `); // expect: xss
  }
  res.write('</p><ul>');
  for (const item of results) {
    res.write(`<li><a href="/item/${encodeURIComponent(item.id)}">${esc(item.title)}</a></li>`);
  }
  res.end('</ul>');
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname === '/search') return await handleSearch(url, res);
    if (url.pathname === '/') return page(res, 200, '<form action="/search"><input name="q"><button>Search</button></form>');
    page(res, 404, `<p>No page at ${decodeURIComponent(url.pathname)}</p>`);
  } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(err.stack); // expect: debug-mode
  }
});

server.listen(8080);
