// corpus: path=src/routes/posts.js
const express = require('express');
const _ = require('lodash');
const Post = require('../models/post');

const router = express.Router();
const EDITABLE = ['title', 'body', 'tags'];

router.get('/:id', async (req, res) => {
  const post = await Post.findById(req.params.id).lean();
  if (!post) return res.sendStatus(404);
  res.json(post);
});

router.post('/', async (req, res) => {
  const post = await Post.create({ ...req.body, author: req.user.id }); // expect: mass-assignment
  res.status(201).json(post);
});

router.put('/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!post || String(post.author) !== req.user.id) return res.sendStatus(404);
  _.merge(post, req.body); // expect: mass-assignment, prototype-pollution
  await post.save();
  res.json(post);
});

router.patch('/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!post || String(post.author) !== req.user.id) return res.sendStatus(404);
  post.set(_.pick(req.body, EDITABLE)); // ok: mass-assignment
  await post.save();
  res.json(post);
});

router.post('/:id/draft', (req, res) => {
  req.session.draft = { postId: req.params.id, savedAt: Date.now() }; // ok: trust-boundary
  req.session.flash = { type: 'info', message: 'Draft saved' }; // ok: trust-boundary
  res.sendStatus(204);
});

router.post('/import', async (req, res) => {
  const created = await Post.insertMany(req.body.posts); // expect: mass-assignment
  res.status(201).json({ count: created.length });
});

module.exports = router;
