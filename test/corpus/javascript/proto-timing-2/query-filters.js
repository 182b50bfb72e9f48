// corpus: path=src/api/search.js
'use strict';

const express = require('express');
const { db } = require('../db');

const router = express.Router();

/** Turns `?filter.status=open&filter.owner.name=ann` into `{ status: 'open', owner: { name: 'ann' } }`. */
function unflatten(flat) {
  const out = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node = node[key] = node[key] || {};
    }
    node[keys[keys.length - 1]] = value; // expect: prototype-pollution
  }
  return out;
}

function assignDeep(dst, src) {
  Object.keys(src).forEach((k) => {
    if (src[k] && typeof src[k] === 'object') {
      dst[k] = dst[k] || {};
      assignDeep(dst[k], src[k]);
    } else {
      dst[k] = src[k]; // expect: prototype-pollution
    }
  });
  return dst;
}

const SORTABLE = new Set(['created_at', 'title', 'priority']);

router.get('/tickets', async (req, res) => {
  const filter = unflatten(req.query); // also: prototype-pollution
  const sort = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';
  const rows = await db('tickets').where(filter.status ? { status: String(filter.status) } : {}).orderBy(sort).limit(100);
  res.json(rows);
});

const viewState = {};

router.post('/views/:name', (req, res) => {
  viewState[req.params.name] = assignDeep(viewState[req.params.name] || {}, req.body); // also: prototype-pollution
  res.json(viewState[req.params.name]);
});

router.post('/views/:name/columns', (req, res) => {
  const view = viewState[req.params.name] || (viewState[req.params.name] = {});
  view.columns = Array.isArray(req.body.columns) ? req.body.columns.map(String) : []; // ok: prototype-pollution
  res.json(view);
});

module.exports = router;
