// corpus: path=server/proxy.js
const http = require('http');
const https = require('https');
const { URL } = require('url');

const UPSTREAM = new URL(process.env.UPSTREAM_URL || 'https://api.example.com');

function forward(req, res) {
  // copy only path and query: an absolute or protocol-relative req.url must not pick the host
  const incoming = new URL(req.url, 'http://localhost');
  const target = new URL(UPSTREAM);
  target.pathname = incoming.pathname;
  target.search = incoming.search;
  const proxied = https.request(target, { method: req.method, headers: { ...req.headers, host: UPSTREAM.host } }, (up) => { // ok: ssrf
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  req.pipe(proxied);
}

function fetchRemote(req, res) {
  const remote = new URL(req.url, 'http://localhost').searchParams.get('remote');
  http.get(remote, (up) => up.pipe(res)); // expect: ssrf
}

function fetchRemoteAgent(req, res) {
  const remote = new URL(req.url, 'http://localhost').searchParams.get('remote');
  const agent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verify-disabled
  https.get(remote, { agent }, (up) => up.pipe(res)); // expect: ssrf
}

module.exports = { forward, fetchRemote, fetchRemoteAgent };
