// corpus: path=src/controller/user.js
// ThinkJS 3 controller for the community site. this.get() reads the query string and
// this.post() the form; both are whatever the visitor submitted.
const path = require('path')
const fs = require('fs')
const { spawn } = require('child_process')
const Base = require('./base.js')

const AVATAR_DIR = path.join(think.ROOT_PATH, 'runtime/avatars')

module.exports = class extends Base {
  async searchAction() {
    const keyword = this.get('keyword')
    const users = await this.model('user').query(`SELECT id, nickname FROM think_user WHERE nickname LIKE '%${keyword}%' LIMIT 20`) // expect: sql-injection
    return this.success(users)
  }

  async findAction() {
    const keyword = this.get('keyword') || ''
    const users = await this.model('user').where({ nickname: ['like', `%${keyword}%`] }).field('id,nickname').limit(20).select() // ok: sql-injection
    return this.success(users)
  }

  async avatarAction() {
    const file = this.get('file')
    this.ctx.type = 'image/png'
    this.ctx.body = fs.createReadStream(path.join(AVATAR_DIR, file)) // expect: path-traversal
  }

  async myAvatarAction() {
    const user = await this.session('user')
    this.ctx.type = 'image/png'
    this.ctx.body = fs.createReadStream(path.join(AVATAR_DIR, `${user.id}.png`)) // ok: path-traversal
  }

  async loginAction() {
    const { username, password } = this.post()
    const user = await this.model('user').where({ username }).find()
    if (think.isEmpty(user) || !(await this.service('password').verify(password, user.password_hash))) {
      return this.fail(1001, 'wrong username or password')
    }
    await this.session('user', { id: user.id, nickname: user.nickname })
    return this.redirect(this.get('redirect') || '/') // expect: open-redirect
  }

  async logoutAction() {
    await this.session(null)
    return this.redirect('/') // ok: open-redirect
  }

  async pingAction() {
    const host = this.get('host')
    const child = spawn('ping', ['-c', '3', host]) // ok: command-injection
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    await new Promise((resolve) => child.on('close', resolve))
    return this.success({ out })
  }

  async traceAction() {
    const host = this.get('host')
    const child = spawn(`traceroute -m 10 ${host}`, { shell: true }) // expect: command-injection
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    await new Promise((resolve) => child.on('close', resolve))
    return this.success({ out })
  }
}
