// corpus: path=src/shop/router.js
const Router = require('@koa/router');
const knex = require('../db/knex');
const axios = require('axios');

const router = new Router();

router.get('/products', async (ctx) => {
  const { category, sort = 'name' } = ctx.query;
  const filter = category ? `category = '${category}'` : '1 = 1';
  ctx.body = await knex('products').whereRaw(filter).orderBy('name'); // expect: sql-injection
  ctx.body = await knex('products').where({ category }).orderByRaw(`${sort} asc`); // expect: sql-injection
});

router.get('/products/search', async (ctx) => {
  const term = ctx.query.term;
  ctx.body = await knex.raw('SELECT * FROM products WHERE name ILIKE ?', [`%${term}%`]); // ok: sql-injection
});

router.get('/products/:id/reviews', async (ctx) => {
  const rows = await knex.raw(`SELECT * FROM reviews WHERE product_id = ${ctx.params.id}`); // expect: sql-injection
  ctx.body = rows.rows;
});

router.get('/banner', async (ctx) => {
  const msg = ctx.query.msg || '';
  ctx.type = 'html';
  ctx.body = '<div class="banner">' + msg + '</div>'; // expect: xss
});

router.get('/stock', async (ctx) => {
  const supplier = ctx.query.supplier;
  const { data } = await axios.get(supplier + '/api/stock'); // expect: ssrf
  const fixed = await axios.get(`https://suppliers.example.com/api/stock/${encodeURIComponent(ctx.query.sku)}`); // ok: ssrf
  ctx.body = { data, fixed: fixed.data };
});

router.get('/checkout/done', async (ctx) => {
  const back = ctx.query.back;
  ctx.redirect(back || '/'); // expect: open-redirect
});

router.get('/checkout/cancel', async (ctx) => {
  ctx.redirect('/cart'); // ok: open-redirect
});

module.exports = router;
