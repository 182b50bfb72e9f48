// corpus: path=server/auth.js
const express = require('express');
const passport = require('passport');

const router = express.Router();
const ALLOWED_RETURN = new Set(['/dashboard', '/settings', '/billing']);

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  res.redirect(req.query.u); // expect: open-redirect
});

router.get('/logout', (req, res) => {
  req.logout(() => {
    const next = req.query.next;
    res.redirect(ALLOWED_RETURN.has(next) ? next : '/'); // ok: open-redirect
  });
});

router.get('/sso/return', (req, res) => {
  const target = req.session.returnTo || req.get('Referer') || '/';
  delete req.session.returnTo;
  res.redirect(302, target); // expect: open-redirect
});

router.get('/link', (req, res) => {
  const url = new URL(req.query.to, 'https://app.example.com');
  if (url.origin !== 'https://app.example.com') return res.redirect('/'); // ok: open-redirect
  res.redirect(url.pathname + url.search); // ok: open-redirect
});

router.get('/go', (req, res) => {
  res.location(req.query.dest); // expect: open-redirect
  res.status(302).end();
});

router.get('/legacy', (req, res) => {
  res.writeHead(301, { Location: req.query.url }); // expect: open-redirect
  res.end();
});

module.exports = router;
