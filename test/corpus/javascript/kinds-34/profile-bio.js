// corpus: path=src/routes/profile.js
const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const db = require('../db');

const router = express.Router();
const DOMPurify = createDOMPurify(new JSDOM('').window);

function layout(title, body) {
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/css/site.css"></head>
  <body><main class="profile">${body}</main></body>
</html>`;
}

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Public profile page. Bios are written by the users themselves in Markdown.
router.get('/u/:username', async (req, res, next) => {
  try {
    const user = await db.users.findOne({ username: req.params.username });
    if (!user) return res.status(404).send('Not found');
    const bioHtml = DOMPurify.sanitize(marked.parse(user.bio || ''));
    res.send(layout(escapeHtml(user.displayName), `<h1>${escapeHtml(user.displayName)}</h1>${bioHtml}`)); // ok: xss
  } catch (err) {
    next(err);
  }
});

// Live preview while the user is editing their bio.
router.post('/profile/bio/preview', express.urlencoded({ extended: false }), (req, res) => {
  const html = marked.parse(req.body.bio || '');
  res.send(layout('Preview', `<section class="bio">${html}</section>`)); // expect: xss
});

router.post('/profile/bio', express.urlencoded({ extended: false }), async (req, res) => {
  const bio = String(req.body.bio || '').slice(0, 4000);
  await db.users.updateOne({ id: req.session.userId }, { $set: { bio } });
  res.redirect('/profile');
});

module.exports = router;
