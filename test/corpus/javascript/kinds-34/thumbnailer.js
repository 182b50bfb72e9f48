// corpus: path=src/thumbnailer.js
const http = require('http');
const puppeteer = require('puppeteer');
const sharp = require('sharp');
const got = require('got');

let browserPromise;

function browser() {
  if (!browserPromise) browserPromise = puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

async function screenshot(url, width = 1200, height = 630) {
  const page = await (await browser()).newPage();
  try {
    await page.setViewport({ width, height });
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 15000 }); // expect: ssrf
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

async function fetchImage(src) {
  const buf = await got(src, { timeout: { request: 10000 } }).buffer(); // expect: ssrf
  return sharp(buf).resize(320, 180, { fit: 'cover' }).webp().toBuffer();
}

const server = http.createServer(async (req, res) => {
  const { pathname, searchParams } = new URL(req.url, `http://${req.headers.host}`);
  try {
    if (pathname === '/thumbnail') {
      const target = searchParams.get('url');
      if (!target) {
        res.writeHead(400);
        return res.end('url is required');
      }
      const png = await screenshot(target);
      const small = await sharp(png).resize(400).webp().toBuffer();
      res.writeHead(200, { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=86400' });
      return res.end(small);
    }
    if (pathname === '/image') {
      const out = await fetchImage(searchParams.get('src'));
      res.writeHead(200, { 'Content-Type': 'image/webp' });
      return res.end(out);
    }
    res.writeHead(404);
    res.end();
  } catch (e) {
    console.error('thumbnail failed', e);
    res.writeHead(502);
    res.end('could not render thumbnail');
  }
});

server.listen(process.env.PORT || 4000);
