// corpus: path=app/controllers/posts_controller.ts
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import vine from '@vinejs/vine'
import Post from '#models/post'
import { readFile } from 'node:fs/promises'
import { join, basename } from 'node:path'

const updatePostValidator = vine.compile(
  vine.object({
    title: vine.string().trim().maxLength(200),
    body: vine.string(),
    tags: vine.array(vine.string().maxLength(32)).maxLength(10).optional(),
  }),
)

const SORTS: Record<string, string> = { newest: 'published_at desc', oldest: 'published_at asc', popular: 'views desc' }

export default class PostsController {
  async index({ request }: HttpContext) {
    const tag = request.input('tag')
    const sort = SORTS[request.input('sort')] ?? SORTS.newest
    return db.rawQuery(`select id, title, slug from posts where ? = any(tags) order by ${sort} limit 20`, [tag]) // ok: sql-injection
  }

  async search({ request }: HttpContext) {
    const { q, author } = request.qs()
    return db.rawQuery(`select id, title from posts where title ilike '%${q}%' and author_id = ${author}`) // expect: sql-injection
  }

  async archive({ request }: HttpContext) {
    const year = request.input('year')
    return db.from('posts').whereRaw('extract(year from published_at) = ?', [year]).select('id', 'title') // ok: sql-injection
  }

  async store({ request, auth, response }: HttpContext) {
    const post = await Post.create({ ...request.all(), authorId: auth.user!.id }) // expect: mass-assignment
    return response.created(post)
  }

  async update({ params, request, auth }: HttpContext) {
    const post = await Post.query().where({ id: params.id, authorId: auth.user!.id }).firstOrFail()
    const payload = await request.validateUsing(updatePostValidator)
    post.merge(payload) // ok: mass-assignment
    return post.save()
  }

  async publish({ params, request, auth }: HttpContext) {
    const post = await Post.query().where({ id: params.id, authorId: auth.user!.id }).firstOrFail()
    post.merge(request.body()) // expect: mass-assignment
    return post.save()
  }

  async cover({ params, response }: HttpContext) {
    return response.download(app.makePath('storage/covers', params.file)) // expect: path-traversal
  }

  async coverSafe({ params, response }: HttpContext) {
    const post = await Post.findOrFail(params.id)
    return response.download(app.makePath('storage/covers', basename(post.coverFile))) // ok: path-traversal
  }

  async embed({ request, response }: HttpContext) {
    const theme = request.input('theme', 'light')
    const css = await readFile(join(app.publicPath('embed-themes'), `${theme}.css`), 'utf8') // expect: path-traversal
    return response.header('Content-Type', 'text/css').send(css)
  }

  async preview({ request, response }: HttpContext) {
    const title = request.input('title', 'Untitled')
    return response.header('Content-Type', 'text/html').send(`<article><h1>${title}</h1></article>`) // expect: xss
  }

  async afterLogin({ request, response, session }: HttpContext) {
    const intended = request.input('next')
    logger.info({ next: intended }, 'post-login redirect')
    return response.redirect().toPath(intended || '/dashboard') // expect: open-redirect
  }

  async afterLogout({ response, session }: HttpContext) {
    session.clear()
    return response.redirect().toRoute('home') // ok: open-redirect
  }

  async report({ request, response }: HttpContext) {
    const reason = request.input('reason', '')
    logger.warn(`post reported: ${reason}`) // expect: log-injection
    logger.warn({ reason }, 'post reported') // ok: log-injection
    return response.noContent()
  }
}
