// corpus: path=server/routes/admin.js
const Router = require('@koa/router');
const { Op } = require('sequelize');
const { User, Team, Invite } = require('../models');
const { hashPassword } = require('../lib/passwords');

const router = new Router({ prefix: '/admin' });
const LOCALES = ['en', 'de', 'fr'];

router.post('/login-as', async (ctx) => {
  ctx.session.role = ctx.request.body.role; // expect: trust-boundary
  ctx.session.teamId = ctx.request.body.teamId; // expect: trust-boundary
  ctx.redirect('/admin');
});

router.get('/preview', async (ctx) => {
  ctx.session.isAdmin = ctx.query.admin === 'true'; // expect: trust-boundary
  ctx.redirect('/admin/dashboard');
});

router.get('/locale', async (ctx) => {
  const locale = String(ctx.query.locale || 'en');
  ctx.session.locale = LOCALES.includes(locale) ? locale : 'en'; // ok: trust-boundary
  ctx.state.filters = ctx.query; // ok: trust-boundary
  ctx.redirect('back');
});

router.use(async (ctx, next) => {
  if (ctx.session.role !== 'admin') ctx.throw(403); // ok: trust-boundary
  await next();
});

router.get('/users', async (ctx) => {
  const where = {};
  if (ctx.query.q) where.email = { [Op.iLike]: `%${String(ctx.query.q)}%` };
  ctx.body = await User.findAll({ where, limit: 50, order: [['createdAt', 'DESC']] });
});

router.post('/users', async (ctx) => {
  const user = await User.create(ctx.request.body); // expect: mass-assignment
  ctx.status = 201;
  ctx.body = { id: user.id };
});

router.post('/users/invite', async (ctx) => {
  const { email, name } = ctx.request.body;
  const invite = await Invite.create({ email: String(email), name: String(name), teamId: ctx.session.teamId }); // ok: mass-assignment
  ctx.status = 201;
  ctx.body = { id: invite.id };
});

router.patch('/users/:id', async (ctx) => {
  const user = await User.findByPk(ctx.params.id);
  if (!user) ctx.throw(404);
  await user.update(ctx.request.body); // expect: mass-assignment
  ctx.body = user;
});

router.put('/teams/:id', async (ctx) => {
  await Team.update(ctx.request.body, { where: { id: ctx.params.id } }); // expect: mass-assignment
  ctx.status = 204;
});

router.post('/users/:id/password', async (ctx) => {
  const user = await User.findByPk(ctx.params.id);
  if (!user) ctx.throw(404);
  await user.update({ passwordHash: await hashPassword(ctx.request.body.password) }); // ok: mass-assignment
  ctx.status = 204;
});

router.post('/logout', async (ctx) => {
  ctx.session = null; // ok: trust-boundary
  ctx.redirect('/');
});

module.exports = router;
