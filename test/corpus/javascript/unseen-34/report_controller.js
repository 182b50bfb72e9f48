// corpus: path=app/controller/report.js
'use strict';

const path = require('path');
const fs = require('fs/promises');
const { Controller } = require('egg');

// Egg.js controller for the analytics reports. ctx.query, ctx.params and ctx.request.body hold
// what the browser sent.
const EXPORT_ROOT = path.join(__dirname, '../../run/exports');

class ReportController extends Controller {
  async list() {
    const { ctx, app } = this;
    const { team, from, to } = ctx.query;
    const rows = await app.mysql.query( // expect: sql-injection
      `SELECT id, name, created_at FROM reports WHERE team = '${team}' AND created_at BETWEEN '${from}' AND '${to}'`
    );
    ctx.body = rows;
  }

  async listV2() {
    const { ctx, app } = this;
    const { team, from, to } = ctx.query;
    const rows = await app.mysql.query( // ok: sql-injection
      'SELECT id, name, created_at FROM reports WHERE team = ? AND created_at BETWEEN ? AND ?',
      [ team, from, to ]
    );
    ctx.body = rows;
  }

  async show() {
    const { ctx, app } = this;
    const report = await app.mysql.get('reports', { id: ctx.params.id }); // ok: sql-injection
    if (!report) ctx.throw(404);
    ctx.body = report;
  }

  async title() {
    const { ctx } = this;
    // A string body that starts with "<" goes out as text/html.
    ctx.body = `<h2>${ctx.query.title}</h2>`; // expect: xss
  }

  async titleV2() {
    const { ctx } = this;
    ctx.body = `<h2>${ctx.helper.escape(ctx.query.title)}</h2>`; // ok: xss
  }

  async download() {
    const { ctx } = this;
    const file = path.join(EXPORT_ROOT, ctx.query.file);
    ctx.attachment(path.basename(file));
    ctx.body = await fs.readFile(file); // expect: path-traversal
  }

  async downloadV2() {
    const { ctx } = this;
    const file = path.resolve(EXPORT_ROOT, ctx.query.file);
    if (!file.startsWith(EXPORT_ROOT + path.sep)) ctx.throw(400, 'bad file');
    ctx.attachment(path.basename(file));
    ctx.body = await fs.readFile(file); // ok: path-traversal
  }

  async webhookTest() {
    const { ctx } = this;
    const { url } = ctx.request.body;
    const res = await ctx.curl(url, { method: 'POST', contentType: 'json', data: { ping: true }, timeout: 5000 }); // expect: ssrf
    ctx.body = { status: res.status };
  }

  async webhookTestV2() {
    const { ctx } = this;
    const { url } = ctx.request.body;
    // safeCurl refuses private and loopback addresses (egg-security ssrf.ipBlackList).
    const res = await ctx.safeCurl(url, { method: 'POST', contentType: 'json', data: { ping: true }, timeout: 5000 }); // ok: ssrf
    ctx.body = { status: res.status };
  }

  async back() {
    const { ctx } = this;
    ctx.unsafeRedirect(ctx.query.back || '/reports'); // expect: open-redirect
  }

  async backV2() {
    const { ctx } = this;
    const back = ctx.query.back || '/reports';
    ctx.redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/reports'); // ok: open-redirect
  }

  async update() {
    const { ctx, app } = this;
    const result = await app.mysql.update('reports', { ...ctx.request.body, id: ctx.params.id }); // expect: mass-assignment
    ctx.body = { updated: result.affectedRows };
  }

  async updateV2() {
    const { ctx, app } = this;
    const { name, description } = ctx.request.body;
    const result = await app.mysql.update('reports', { name, description, id: ctx.params.id }); // ok: mass-assignment
    ctx.body = { updated: result.affectedRows };
  }
}

module.exports = ReportController;
