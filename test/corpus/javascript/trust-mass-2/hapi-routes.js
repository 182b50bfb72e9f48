// corpus: path=lib/routes/members.js
'use strict';

const Joi = require('joi');
const Bcrypt = require('bcrypt');
const { Member, Plan } = require('../models');

module.exports = [
  {
    method: 'POST',
    path: '/login',
    handler: async (request, h) => {
      const member = await Member.findOne({ where: { email: String(request.payload.email) } });
      if (!member || !(await Bcrypt.compare(String(request.payload.password), member.hash))) {
        return h.response({ error: 'invalid' }).code(401);
      }
      request.yar.set('memberId', member.id); // ok: trust-boundary
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/plan',
    handler: async (request, h) => {
      request.yar.set('plan', request.payload.plan); // expect: trust-boundary
      return h.redirect('/checkout');
    },
  },
  {
    method: 'PUT',
    path: '/members/{id}',
    handler: async (request, h) => {
      const member = await Member.findByPk(request.params.id);
      if (!member) return h.response().code(404);
      await member.update(request.payload); // expect: mass-assignment
      return member;
    },
  },
  {
    method: 'POST',
    path: '/members',
    options: {
      validate: {
        payload: Joi.object({ email: Joi.string().email().required(), name: Joi.string().max(80) }),
      },
    },
    handler: async (request, h) => {
      const member = await Member.create({ email: request.payload.email, name: request.payload.name }); // ok: mass-assignment
      return h.response({ id: member.id }).code(201);
    },
  },
  {
    method: 'GET',
    path: '/plans',
    handler: async () => Plan.findAll({ where: { public: true } }),
  },
];
