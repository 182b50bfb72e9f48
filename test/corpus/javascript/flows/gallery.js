// corpus: path=server/routes/gallery.js
const express = require('express');
const multer = require('multer');
const path = require('path');
const { Image } = require('../models');

const upload = multer({ dest: path.join(__dirname, '../../uploads'), limits: { fileSize: 10 * 1024 * 1024 } });
const router = express.Router();

router.post('/images', upload.single('image'), async (req, res) => {
  const image = await Image.create({ ownerId: req.user.id, file: req.file.filename, caption: req.body.caption });
  res.status(201).json(image);
});

router.get('/images/:id', async (req, res) => {
  const image = await Image.findByPk(req.params.id);
  if (!image) return res.sendStatus(404);
  res.json(image);
});

router.get('/images/:id/embed', async (req, res) => {
  const image = await Image.findByPk(req.params.id);
  if (!image) return res.sendStatus(404);
  const caption = image.caption;
  res.send(`<figure><img src="/uploads/${image.file}"><figcaption>${caption}</figcaption></figure>`); // expect: xss
});

router.get('/images/:id/raw', async (req, res) => {
  const image = await Image.findByPk(req.params.id);
  if (!image) return res.sendStatus(404);
  res.sendFile(path.join(__dirname, '../../uploads', image.file)); // ok: path-traversal
});

module.exports = router;
