// corpus: path=server/plugins/admin.js
'use strict'

const Joi = require('joi')
const { execa, execaCommand } = require('execa')
const { $ } = require('zx')
const mongoose = require('mongoose')

const User = mongoose.model('User')
const AuditLog = mongoose.model('AuditLog')

exports.plugin = {
  name: 'admin',
  register(server) {
    server.route({
      method: 'POST',
      path: '/admin/backups',
      options: { auth: { scope: 'admin' } },
      handler: async (request) => {
        const { database } = request.payload
        const { stdout } = await execaCommand(`pg_dump --format=c --file=/backups/${database}.dump ${database}`) // expect: command-injection
        return { ok: true, stdout }
      },
    })

    server.route({
      method: 'POST',
      path: '/admin/backups/v2',
      options: {
        auth: { scope: 'admin' },
        validate: { payload: Joi.object({ database: Joi.string().pattern(/^[a-z_][a-z0-9_]{0,62}$/).required() }) },
      },
      handler: async (request) => {
        const { database } = request.payload
        await execa('pg_dump', ['--format=c', `--file=/backups/${database}.dump`, database]) // ok: command-injection
        return { ok: true }
      },
    })

    server.route({
      method: 'POST',
      path: '/admin/deploy',
      options: { auth: { scope: 'admin' } },
      handler: async (request) => {
        const ref = request.payload.ref
        await $`git fetch origin ${ref}` // ok: command-injection
        await $`git checkout --detach FETCH_HEAD`
        return { deployed: ref }
      },
    })

    server.route({
      method: 'GET',
      path: '/admin/users',
      options: { auth: { scope: 'admin' } },
      handler: async (request) => {
        const filter = request.query.filter ? JSON.parse(request.query.filter) : {}
        return User.find(filter).select('email name role').limit(100).lean() // expect: nosql-injection
      },
    })

    server.route({
      method: 'POST',
      path: '/login/lookup',
      handler: async (request) => {
        const user = await User.findOne({ email: request.payload.email }).lean() // expect: nosql-injection
        return { exists: Boolean(user) }
      },
    })

    server.route({
      method: 'POST',
      path: '/login/lookup-v2',
      options: { validate: { payload: Joi.object({ email: Joi.string().email().required() }) } },
      handler: async (request) => {
        const user = await User.findOne({ email: request.payload.email }).lean() // ok: nosql-injection
        return { exists: Boolean(user) }
      },
    })

    server.route({
      method: 'GET',
      path: '/admin/audit',
      options: { auth: { scope: 'admin' } },
      handler: async (request) => {
        const actor = String(request.query.actor || '')
        return AuditLog.find({ actor }).sort({ at: -1 }).limit(200).lean() // ok: nosql-injection
      },
    })

    server.route({
      method: 'GET',
      path: '/admin/users/search',
      options: { auth: { scope: 'admin' } },
      handler: async (request) => {
        const q = request.query.q || ''
        return User.find({ name: new RegExp(q, 'i') }).limit(20).lean() // expect: regex-injection
      },
    })

    server.route({
      method: 'GET',
      path: '/admin/login-as',
      options: { auth: { scope: 'admin' } },
      handler: (request, h) => h.redirect(request.query.to) // expect: open-redirect
    })
  },
}
