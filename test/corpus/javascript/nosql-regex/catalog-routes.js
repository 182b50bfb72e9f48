// corpus: path=src/routes/catalog.js
const express = require('express');
const mongoose = require('mongoose');
const escapeStringRegexp = require('escape-string-regexp');
const Product = require('../models/product');
const Review = require('../models/review');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();
const PAGE_SIZE = 24;

router.get('/products', async (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const filter = {};
  if (req.query.keyword) {
    filter.name = { $regex: req.query.keyword, $options: 'i' };
  }
  if (req.query.category) {
    filter.category = req.query.category;
  }
  const items = await Product.find(filter).skip((page - 1) * PAGE_SIZE).limit(PAGE_SIZE).lean(); // expect: regex-injection, nosql-injection
  const total = await Product.countDocuments(filter); // also: regex-injection, nosql-injection
  res.json({ items, total, page });
});

router.get('/products/search', async (req, res) => {
  const term = escapeStringRegexp(String(req.query.q || ''));
  const items = await Product.find({ name: new RegExp(term, 'i') }).limit(20).lean(); // ok: regex-injection
  res.json(items);
});

router.get('/products/suggest', async (req, res) => {
  const prefix = new RegExp('^' + req.query.prefix, 'i'); // expect: regex-injection
  const names = await Product.find({ name: prefix }, { name: 1 }).limit(10).lean();
  res.json(names.map((p) => p.name));
});

router.get('/products/:slug', async (req, res) => {
  const product = await Product.findOne({ slug: req.params.slug, published: true }).lean(); // ok: nosql-injection
  if (!product) return res.status(404).json({ error: 'not found' });
  res.json(product);
});

router.get('/products/by-id/:id', async (req, res) => {
  if (!mongoose.isValidObjectId(req.params.id)) return res.status(400).json({ error: 'bad id' });
  const product = await Product.findById(req.params.id).lean(); // ok: nosql-injection
  res.json(product);
});

router.get('/reviews', async (req, res) => {
  const rating = Number(req.query.rating);
  const reviews = await Review.find({ rating: { $gte: rating } }).sort({ createdAt: -1 }).limit(50).lean(); // ok: nosql-injection
  res.json(reviews);
});

router.get('/reviews/by-author', async (req, res) => {
  const author = String(req.query.author);
  const reviews = await Review.find({ author }).lean(); // ok: nosql-injection
  res.json(reviews);
});

router.post('/reviews/search', async (req, res) => {
  const reviews = await Review.find({ $where: `this.body.indexOf('${req.body.text}') !== -1` }).lean(); // expect: nosql-injection
  res.json(reviews);
});

router.post('/reviews', requireAuth, async (req, res) => {
  const { productId, rating, body } = req.body;
  if (typeof productId !== 'string' || !mongoose.isValidObjectId(productId)) {
    return res.status(400).json({ error: 'productId required' });
  }
  const product = await Product.findOne({ _id: productId }).lean(); // ok: nosql-injection
  if (!product) return res.status(404).json({ error: 'no such product' });
  const review = await Review.create({ product: product._id, author: req.user.id, rating: Number(rating), body: String(body) });
  res.status(201).json(review);
});

router.delete('/reviews/:id', requireAuth, async (req, res) => {
  const result = await Review.deleteOne({ _id: req.params.id, author: req.user.id }); // ok: nosql-injection
  res.json({ deleted: result.deletedCount });
});

module.exports = router;
