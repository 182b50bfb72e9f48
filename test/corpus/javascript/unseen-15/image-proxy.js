// corpus: path=server/routes/media.js
const express = require('express');
const axios = require('axios');
const sharp = require('sharp');
const { URL } = require('url');
const { requireUser } = require('../middleware/auth');
const log = require('../log');

const router = express.Router();
const CDN_HOSTS = new Set(['images.examplecdn.com', 'avatars.githubusercontent.com']);
const MAX_WIDTH = 1600;

router.get('/proxy', async (req, res) => {
  const src = req.query.src;
  const upstream = await axios.get(src, { responseType: 'arraybuffer', timeout: 5000 }); // expect: ssrf
  res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
  res.send(upstream.data);
});

router.get('/resize', requireUser, async (req, res, next) => {
  try {
    const target = new URL(String(req.query.src || ''));
    if (target.protocol !== 'https:' || !CDN_HOSTS.has(target.hostname)) {
      return res.status(400).json({ error: 'unsupported image host' });
    }
    const width = Math.min(parseInt(req.query.w, 10) || 400, MAX_WIDTH);
    const upstream = await axios.get(target.toString(), { responseType: 'arraybuffer', timeout: 5000 }); // ok: ssrf
    const out = await sharp(upstream.data).resize({ width }).webp({ quality: 80 }).toBuffer();
    res.type('image/webp').set('Cache-Control', 'public, max-age=86400').send(out);
  } catch (err) {
    log.warn({ err }, 'resize failed');
    next(err);
  }
});

router.post('/import', requireUser, async (req, res) => {
  const { feedUrl } = req.body;
  const response = await fetch(feedUrl, { headers: { Accept: 'application/rss+xml' } }); // expect: ssrf
  const xml = await response.text();
  res.json({ bytes: xml.length });
});

module.exports = router;
