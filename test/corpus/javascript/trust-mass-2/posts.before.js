const express = require('express');
const _ = require('lodash');
const Post = require('../models/post');

const router = express.Router();

router.get('/:id', async (req, res) => {
  const post = await Post.findById(req.params.id).lean();
  if (!post) return res.sendStatus(404);
  res.json(post);
});

module.exports = router;
