// corpus: path=app/Controllers/Http/PostController.js
'use strict'

/** @typedef {import('@adonisjs/framework/src/Request')} Request */
/** @typedef {import('@adonisjs/framework/src/Response')} Response */
/** @typedef {import('@adonisjs/framework/src/View')} View */

const Database = use('Database')
const Helpers = use('Helpers')
const Post = use('App/Models/Post')
const Logger = use('Logger')
const path = require('path')

const SORTS = new Set(['created_at', 'title', 'views'])

class PostController {
  async index ({ request, view }) {
    const page = Number(request.input('page', 1))
    const posts = await Post.query().where('published', true).orderBy('created_at', 'desc').paginate(page, 20)
    return view.render('posts.index', { posts: posts.toJSON() })
  }

  async search ({ request, response }) {
    const term = request.input('q', '')
    const sort = request.input('sort', 'created_at')
    const rows = await Database.raw(`select id, title, slug from posts where title like '%${term}%' order by ${sort} desc`) // expect: sql-injection
    return response.json(rows.rows)
  }

  async searchV2 ({ request, response }) {
    const term = request.input('q', '')
    const sort = SORTS.has(request.input('sort')) ? request.input('sort') : 'created_at'
    const rows = await Database.from('posts').select('id', 'title', 'slug').where('title', 'like', `%${term}%`).orderBy(sort, 'desc') // ok: sql-injection
    return response.json(rows)
  }

  async byAuthor ({ params, response }) {
    // params.author is the :author segment of /posts/by/:author
    const rows = await Database.raw('select id, title from posts where author_slug = ?', [params.author]) // ok: sql-injection
    return response.json(rows.rows)
  }

  async store ({ request, response, auth }) {
    const post = await Post.create({ ...request.all(), user_id: auth.user.id }) // expect: mass-assignment
    return response.status(201).json(post)
  }

  async storeV2 ({ request, response, auth }) {
    const data = request.only(['title', 'body', 'tags'])
    const post = await Post.create({ ...data, user_id: auth.user.id }) // ok: mass-assignment
    return response.status(201).json(post)
  }

  async preview ({ request, response }) {
    const title = request.input('title', '')
    response.header('Content-Type', 'text/html')
    return response.send(`<article><h1>${title}</h1><p>Preview only</p></article>`) // expect: xss
  }

  async previewV2 ({ request, view }) {
    // Edge escapes {{ }} output.
    return view.render('posts.preview', { title: request.input('title', '') }) // ok: xss
  }

  async attachment ({ params, response }) {
    const file = Helpers.appRoot(path.join('storage', 'attachments', params.name))
    return response.download(file) // expect: path-traversal
  }

  async attachmentV2 ({ params, response }) {
    const file = Helpers.appRoot(path.join('storage', 'attachments', path.basename(params.name)))
    return response.download(file) // ok: path-traversal
  }

  async publish ({ params, request, response }) {
    const post = await Post.findOrFail(params.id)
    post.published = true
    await post.save()
    Logger.info('published post %s', post.id)
    return response.redirect(request.input('redirect_to', '/posts')) // expect: open-redirect
  }

  async publishV2 ({ params, response }) {
    const post = await Post.findOrFail(params.id)
    post.published = true
    await post.save()
    return response.route('posts.show', { slug: post.slug }) // ok: open-redirect
  }
}

module.exports = PostController
