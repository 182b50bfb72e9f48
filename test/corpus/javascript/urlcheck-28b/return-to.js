// corpus: path=server/lib/return-to.js
const express = require('express');

const router = express.Router();

function isSafeRedirect(url) {
  return url.startsWith('https://app.example.com');
}

function isAllowedOrigin(url) {
  try {
    return new URL(url).origin === 'https://app.example.com';
  } catch {
    return false;
  }
}

const isTrustedDocsLink = (link) => /docs.example.com/.test(link);

router.get('/continue', (req, res) => {
  const next = String(req.query.next || '/');
  if (isSafeRedirect(next)) {
    return res.redirect(next); // expect: open-redirect
  }
  res.redirect('/');
});

router.get('/continue/v2', (req, res) => {
  const next = String(req.query.next || '/');
  if (!isAllowedOrigin(next)) {
    return res.redirect('/');
  }
  res.redirect(next); // ok: open-redirect
});

router.get('/docs', (req, res) => {
  const link = String(req.query.link || '');
  if (isTrustedDocsLink(link)) {
    return res.redirect(link); // expect: open-redirect
  }
  res.redirect('/docs');
});

module.exports = router;
