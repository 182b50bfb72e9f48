// corpus: path=server/routes/proxy.js
const express = require('express');
const axios = require('axios');

const router = express.Router();

const ASSET_HOST = 'assets.example.com';

router.get('/proxy/image', async (req, res, next) => {
  try {
    const src = req.query.src;
    if (typeof src !== 'string' || !src.includes('assets.example.com')) {
      return res.status(400).json({ error: 'unsupported image host' });
    }
    const upstream = await axios.get(src, { responseType: 'arraybuffer', timeout: 5000 }); // expect: ssrf
    res.type(upstream.headers['content-type'] || 'image/png').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.get('/proxy/image/v2', async (req, res, next) => {
  try {
    const src = String(req.query.src || '');
    const url = new URL(src);
    if (url.protocol !== 'https:' || url.host !== ASSET_HOST) {
      return res.status(400).json({ error: 'unsupported image host' });
    }
    const upstream = await axios.get(url.toString(), { responseType: 'arraybuffer', timeout: 5000 }); // ok: ssrf
    res.type(upstream.headers['content-type'] || 'image/png').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.get('/proxy/feed', async (req, res, next) => {
  try {
    const feedUrl = String(req.query.url || '');
    if (!feedUrl.startsWith('https://feeds.example.com')) {
      return res.status(400).json({ error: 'unknown feed' });
    }
    const response = await fetch(feedUrl); // expect: ssrf
    res.type('application/rss+xml').send(await response.text());
  } catch (err) {
    next(err);
  }
});

router.get('/proxy/feed/v2', async (req, res, next) => {
  try {
    const feedUrl = String(req.query.url || '');
    const { hostname } = new URL(feedUrl);
    if (hostname !== 'feeds.example.com' && !hostname.endsWith('.feeds.example.com')) {
      return res.status(400).json({ error: 'unknown feed' });
    }
    const response = await fetch(feedUrl); // ok: ssrf
    res.type('application/rss+xml').send(await response.text());
  } catch (err) {
    next(err);
  }
});

router.get('/proxy/docs', async (req, res, next) => {
  try {
    const page = String(req.query.page || '');
    if (!/docs\.example\.com/.test(page)) {
      return res.status(400).json({ error: 'unknown page' });
    }
    const response = await fetch(page); // expect: ssrf
    res.send(await response.text());
  } catch (err) {
    next(err);
  }
});

module.exports = router;
