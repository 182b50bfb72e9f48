// corpus: path=src/admin/routes.js
'use strict';

const { exec: run, execFile } = require('child_process');
const cp = require('node:child_process');
const fsp = require('fs/promises');
const path = require('path');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const BACKUPS = '/srv/backups';

module.exports = async function adminRoutes(fastify) {
  fastify.get('/admin/users', async (request, reply) => {
    const { role, sort } = request.query;
    const users = await sequelize.query(`SELECT id, email FROM users WHERE role = '${role}'`, { type: QueryTypes.SELECT }); // expect: sql-injection
    const ordered = await sequelize.query('SELECT id, email FROM users WHERE role = :role', { replacements: { role }, type: QueryTypes.SELECT }); // ok: sql-injection
    const order = sequelize.literal(`${sort} DESC`); // expect: sql-injection
    return { users, ordered, order };
  });

  fastify.post('/admin/backup', async (request, reply) => {
    const label = request.body.label;
    run(`tar czf ${BACKUPS}/${label}.tgz /srv/data`, (err) => { // expect: command-injection
      if (err) request.log.error(err);
    });
    execFile('tar', ['czf', path.join(BACKUPS, path.basename(label) + '.tgz'), '/srv/data'], () => {}); // ok: command-injection
    return reply.code(202).send({ queued: true });
  });

  fastify.post('/admin/ping', async (request) => {
    const host = request.body.host;
    const out = cp.execSync('ping -c 1 ' + host).toString(); // expect: command-injection
    return { out };
  });

  fastify.get('/admin/backups/:file', async (request, reply) => {
    const file = request.params.file;
    const data = await fsp.readFile(`${BACKUPS}/${file}`); // expect: path-traversal
    return reply.type('application/gzip').send(data);
  });

  fastify.delete('/admin/backups/:file', async (request, reply) => {
    const name = path.basename(request.params.file);
    await fsp.unlink(path.join(BACKUPS, name)); // ok: path-traversal
    return reply.code(204).send();
  });

  fastify.get('/admin/welcome', async (request, reply) => {
    const who = request.query.who || 'admin';
    return reply.type('text/html').send(`<h1>Welcome back, ${who}</h1>`); // expect: xss
  });

  fastify.get('/admin/return', async (request, reply) => {
    return reply.redirect(request.query.returnUrl); // expect: open-redirect
  });
};
