// corpus: path=routes/cards.js
const express = require('express');
const { create } = require('express-handlebars');
const jsrender = require('jsrender');
const Card = require('../models/card');

const router = express.Router();
const hbs = create({ extname: '.hbs', defaultLayout: false });

const DEFAULT_MARKUP = '<div class="card"><h2>{{:title}}</h2><p>{{>message}}</p></div>';
const cardTemplate = jsrender.templates('card', DEFAULT_MARKUP); // ok: template-injection

router.post('/cards/preview', express.json(), (req, res) => {
  const data = { title: req.body.title, message: req.body.message, sender: req.user.name };
  if (!req.body.markup) {
    return res.send(cardTemplate.render(data));
  }
  const tmpl = jsrender.templates(req.body.markup); // expect: template-injection
  res.send(tmpl.render(data));
});

// Older cards were designed with Handlebars; the designer still lets people paste those.
router.post('/cards/preview/legacy', express.json(), async (req, res) => {
  const render = hbs.handlebars.compile(req.body.markup || ''); // expect: template-injection
  const html = render({ title: req.body.title, message: req.body.message });
  res.send(html);
});

router.get('/cards/:id', async (req, res) => {
  const card = await Card.findById(req.params.id);
  if (!card) return res.sendStatus(404);
  const html = await hbs.render('views/card.hbs', { card }); // ok: template-injection
  res.send(html);
});

module.exports = router;
