// corpus: path=src/shop/server.ts
import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';
import bodyParser from 'koa-bodyparser';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
import Handlebars from 'handlebars';
import { Knex, knex } from 'knex';

const app = new Koa();
const router = new Router();
const db: Knex = knex({ client: 'pg', connection: process.env.DATABASE_URL });

app.keys = [process.env.COOKIE_KEY!];
app.use(session({ key: 'shop.sess', httpOnly: false, secure: true, maxAge: 86_400_000 }, app)); // expect: insecure-cookie

router.get('/products', async (ctx) => {
  const sort = String(ctx.query.sort ?? 'name');
  ctx.body = await db('products').select('*').orderByRaw(`${sort} NULLS LAST`); // expect: sql-injection
});

router.get('/products/search', async (ctx) => {
  ctx.body = await db('products').whereILike('name', `%${String(ctx.query.q ?? '')}%`).limit(20); // ok: sql-injection
});

router.post('/gift-cards', async (ctx) => {
  const code = crypto.createHash('sha1').update(`${ctx.state.user.id}:${Date.now()}`).digest('hex').slice(0, 12); // expect: weak-hash
  await db('gift_cards').insert({ code, amount: (ctx.request.body as { amount: number }).amount });
  ctx.body = { code };
});

router.post('/coupons', async (ctx) => {
  const coupon = crypto.randomBytes(6).toString('hex'); // ok: insecure-random
  await db('coupons').insert({ coupon });
  ctx.body = { coupon };
});

router.post('/receipt-preview', async (ctx) => {
  const { layout, order } = ctx.request.body as { layout: string; order: object };
  ctx.body = Handlebars.compile(layout)(order); // expect: template-injection
});

router.get('/me', async (ctx) => {
  const token = ctx.cookies.get('token') ?? '';
  const claims = jwt.decode(token) as { sub: string } | null; // expect: jwt-weak
  ctx.body = await db('users').where({ id: claims?.sub }).first();
});

router.get('/greeting', async (ctx) => {
  ctx.body = `<h1>Welcome back, ${ctx.query.name}</h1>`; // expect: xss
});

router.get('/greeting.txt', async (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = `Welcome back, ${ctx.query.name}`; // ok: xss
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
