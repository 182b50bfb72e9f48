// corpus: path=proxy/server.mjs
import http from 'node:http';

const PORT = Number(process.env.PORT || 8080);
const CDN = 'https://images.example-cdn.com';

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
    return;
  }
  if (url.pathname === '/img') {
    const src = url.searchParams.get('src');
    const upstream = await fetch(src); // expect: ssrf
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
    return;
  }
  if (url.pathname === '/cdn') {
    const key = url.searchParams.get('key') ?? '';
    const upstream = await fetch(`${CDN}/${encodeURIComponent(key)}`); // ok: ssrf
    res.writeHead(upstream.status);
    res.end(Buffer.from(await upstream.arrayBuffer()));
    return;
  }
  res.writeHead(404);
  res.end();
});

server.listen(PORT);
