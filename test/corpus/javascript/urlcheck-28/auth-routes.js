// corpus: path=server/routes/auth.js
const express = require('express');
const passport = require('passport');

const router = express.Router();

const RETURN_HOSTS = new Set(['app.example.com', 'admin.example.com']);

router.post('/login', passport.authenticate('local'), (req, res) => {
  const next = req.query.next || '/';
  if (next.includes('example.com')) {
    return res.redirect(next); // expect: open-redirect
  }
  return res.redirect('/dashboard');
});

router.get('/logout', (req, res) => {
  req.logout(() => {
    const returnTo = req.query.returnTo || '';
    if (returnTo.startsWith('https://app.example.com')) {
      return res.redirect(returnTo); // expect: open-redirect
    }
    res.redirect('/');
  });
});

router.get('/logout/v2', (req, res) => {
  req.logout(() => {
    const returnTo = req.query.returnTo || '';
    if (returnTo.startsWith('https://app.example.com/')) {
      return res.redirect(returnTo); // ok: open-redirect
    }
    res.redirect('/');
  });
});

router.get('/sso/return', (req, res) => {
  const back = String(req.query.back || '/');
  if (/^https?:\/\/(app|admin).example.com/.test(back)) {
    return res.redirect(back); // expect: open-redirect
  }
  res.redirect('/');
});

router.get('/sso/return/v2', (req, res) => {
  const back = String(req.query.back || '/');
  if (/^https:\/\/(app|admin)\.example\.com(\/|$)/.test(back)) {
    return res.redirect(back); // ok: open-redirect
  }
  res.redirect('/');
});

router.get('/continue', (req, res) => {
  const target = String(req.query.to || '/');
  let host;
  try {
    host = new URL(target).hostname;
  } catch {
    return res.redirect('/');
  }
  if (host.endsWith('example.com')) {
    return res.redirect(target); // expect: open-redirect
  }
  res.redirect('/');
});

router.get('/continue/v2', (req, res) => {
  const target = String(req.query.to || '/');
  let url;
  try {
    url = new URL(target);
  } catch {
    return res.redirect('/');
  }
  if (RETURN_HOSTS.has(url.hostname)) {
    return res.redirect(url.href); // ok: open-redirect
  }
  res.redirect('/');
});

router.get('/continue/local', (req, res) => {
  const target = String(req.query.to || '/');
  if (target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')) {
    return res.redirect(target); // ok: open-redirect
  }
  res.redirect('/');
});

module.exports = router;
