// corpus: path=api/controllers/searchController.js
const { Op, QueryTypes } = require('sequelize');
const { sequelize, Article } = require('../models');

exports.search = async (req, res) => {
  const term = req.query.q || '';
  const articles = await Article.findAll({ // ok: sql-injection
    where: { title: { [Op.iLike]: `%${term}%` }, published: true },
    limit: 20,
  });
  res.json(articles);
};

exports.searchLegacy = async (req, res) => {
  const term = req.query.q || '';
  const rows = await sequelize.query( // expect: sql-injection
    "SELECT id, title FROM articles WHERE published = true AND title ILIKE '%" + term + "%'",
    { type: QueryTypes.SELECT },
  );
  res.json(rows);
};

exports.byAuthor = async (req, res) => {
  const rows = await sequelize.query('SELECT id, title FROM articles WHERE author_id = :author', { // ok: sql-injection
    replacements: { author: req.params.authorId },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
};

exports.byTag = async (req, res) => {
  const tag = req.params.tag;
  const where = sequelize.literal(`tags @> ARRAY['${tag}']::varchar[]`); // expect: sql-injection
  const articles = await Article.findAll({ where });
  res.json(articles);
};
