// corpus: path=src/services/messages/messages.class.js
const { Service } = require('feathers-knex')
const { BadRequest, Forbidden } = require('@feathersjs/errors')
const axios = require('axios')
const { URL } = require('url')

const ALLOWED_PREVIEW_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'vimeo.com', 'github.com'])

exports.Messages = class Messages extends Service {
  constructor(options, app) {
    super({ ...options, name: 'messages' })
    this.app = app
    this.knex = options.Model
  }

  async find(params) {
    const { roomId, before } = params.query || {}
    if (params.query && params.query.search) {
      const rows = await this.knex.raw(`select id, text, user_id from messages where room_id = ${roomId} and text like '%${params.query.search}%' order by created_at desc limit 50`) // expect: sql-injection
      return rows.rows
    }
    return this.knex('messages').where({ room_id: roomId }).andWhere('created_at', '<', before || new Date()).orderBy('created_at', 'desc').limit(50) // ok: sql-injection
  }

  async count(params) {
    const roomId = Number(params.query.roomId)
    const result = await this.knex.raw('select count(*) from messages where room_id = ?', [roomId]) // ok: sql-injection
    return result.rows[0]
  }

  async create(data, params) {
    if (!data.text || data.text.length > 4000) throw new BadRequest('text is required')
    const message = { text: data.text, room_id: data.roomId, user_id: params.user.id, created_at: new Date() }
    const match = /https?:\/\/\S+/.exec(data.text)
    if (match && data.unfurl) {
      const { data: page } = await axios.get(match[0], { timeout: 3000, maxContentLength: 512 * 1024 }) // expect: ssrf
      message.preview = String(page).slice(0, 2000)
    }
    return super.create(message, params)
  }

  async unfurl(data) {
    const url = new URL(data.url)
    if (url.protocol !== 'https:' || !ALLOWED_PREVIEW_HOSTS.has(url.hostname)) throw new BadRequest('host not allowed')
    const { data: page } = await axios.get(url.toString(), { timeout: 3000, maxRedirects: 0 }) // ok: ssrf
    return { title: /<title>([^<]*)<\/title>/i.exec(page)?.[1] ?? '' }
  }

  async patch(id, data, params) {
    const existing = await this.get(id, params)
    if (existing.user_id !== params.user.id) throw new Forbidden('not your message')
    return super.patch(id, { text: String(data.text), edited_at: new Date() }, params) // ok: mass-assignment
  }
}
