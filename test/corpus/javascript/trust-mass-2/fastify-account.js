// corpus: path=src/account.js
const { Account, Invoice } = require('./db');

async function accountRoutes(fastify) {
  fastify.post('/account/switch', async (request, reply) => {
    request.session.set('accountId', request.body.accountId); // expect: trust-boundary
    return reply.redirect('/');
  });

  fastify.post('/account/visit', async (request) => {
    const visits = (request.session.get('visits') || 0) + 1;
    request.session.set('visits', visits); // ok: trust-boundary
    return { visits };
  });

  fastify.patch('/account', async (request) => {
    const account = await Account.query().findById(request.session.get('accountId'));
    return account.$query().patchAndFetch(request.body); // expect: mass-assignment
  });

  fastify.post('/invoices', async (request, reply) => {
    const invoice = await Invoice.query().insert(request.body); // expect: mass-assignment
    return reply.code(201).send(invoice);
  });

  fastify.post('/invoices/:id/note', async (request) => {
    return Invoice.query().patchAndFetchById(request.params.id, { note: String(request.body.note) }); // ok: mass-assignment
  });
}

module.exports = accountRoutes;
