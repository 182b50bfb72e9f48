// corpus: path=api/controllers/UserController.js
/**
 * UserController
 *
 * @description :: Server-side actions for handling incoming requests.
 * @help        :: See https://sailsjs.com/docs/concepts/actions
 */

const path = require('path')
const fs = require('fs')
const crypto = require('crypto')

const AVATAR_DIR = path.resolve(sails.config.appPath, '.tmp/uploads/avatars')

module.exports = {
  async search(req, res) {
    const { q, role } = req.allParams()
    const sql = `SELECT id, full_name, email_address FROM "user" WHERE full_name ILIKE '%${q}%' AND role = '${role}'`
    const result = await sails.sendNativeQuery(sql) // expect: sql-injection
    return res.json(result.rows)
  },

  async byTeam(req, res) {
    const team = req.param('team')
    const result = await sails.sendNativeQuery('SELECT id, full_name FROM "user" WHERE team = $1 ORDER BY full_name', [team]) // ok: sql-injection
    return res.json(result.rows)
  },

  async find(req, res) {
    const users = await User.find({ where: { team: req.param('team'), isActive: true }, select: ['id', 'fullName'] }) // ok: nosql-injection
    return res.json(users)
  },

  async update(req, res) {
    const updated = await User.updateOne({ id: req.me.id }).set(req.allParams()) // expect: mass-assignment
    return res.json(updated)
  },

  async updateProfile(req, res) {
    const { fullName, bio, timezone } = req.allParams()
    const updated = await User.updateOne({ id: req.me.id }).set({ fullName, bio, timezone }) // ok: mass-assignment
    return res.json(updated)
  },

  async avatar(req, res) {
    const file = path.join(AVATAR_DIR, req.param('file'))
    return fs.createReadStream(file).pipe(res) // expect: path-traversal
  },

  async avatarById(req, res) {
    const user = await User.findOne({ id: req.param('id') })
    if (!user || !user.avatarFd) return res.notFound()
    res.set('Content-Type', 'image/png')
    return fs.createReadStream(path.join(AVATAR_DIR, path.basename(user.avatarFd))).pipe(res) // ok: path-traversal
  },

  async uploadAvatar(req, res) {
    req.file('avatar').upload({ dirname: AVATAR_DIR, maxBytes: 2 * 1024 * 1024 }, async (err, uploaded) => {
      if (err) return res.serverError(err)
      if (!uploaded.length) return res.badRequest('no file')
      await User.updateOne({ id: req.me.id }).set({ avatarFd: uploaded[0].fd })
      return res.ok()
    })
  },

  async resetPassword(req, res) {
    const user = await User.findOne({ emailAddress: String(req.param('email')).toLowerCase() })
    if (!user) return res.ok()
    const token = crypto.randomBytes(24).toString('hex') // ok: insecure-random
    await User.updateOne({ id: user.id }).set({ passwordResetToken: token, passwordResetTokenExpiresAt: Date.now() + 3600 * 1000 })
    await sails.helpers.sendTemplateEmail.with({ to: user.emailAddress, template: 'email-reset-password', templateData: { token } })
    return res.ok()
  },

  async confirm(req, res) {
    const user = await User.findOne({ emailProofToken: req.param('token') })
    if (!user) return res.badRequest()
    await User.updateOne({ id: user.id }).set({ emailStatus: 'confirmed', emailProofToken: '' })
    return res.redirect(req.param('next')) // expect: open-redirect
  },

  async welcome(req, res) {
    const greeting = req.param('greeting') || 'Welcome back'
    return res.send(`<p class="greeting">${greeting}, ${req.me.fullName}</p>`) // expect: xss
  },

  async export(req, res) {
    const rows = await User.find({ team: req.me.team }).select(['fullName', 'emailAddress'])
    const filename = `team-${req.me.team}.csv`.replace(/[^\w.-]/g, '_')
    res.set('Content-Disposition', `attachment; filename="${filename}"`) // ok: header-injection
    return res.send(rows.map((r) => `${r.fullName},${r.emailAddress}`).join('\n'))
  },
}
