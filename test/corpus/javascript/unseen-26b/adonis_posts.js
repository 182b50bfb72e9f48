// corpus: path=app/Controllers/Http/PostsController.js
'use strict'

const Database = use('Database')
const Post = use('App/Models/Post')

class PostsController {
  async index({ request, response }) {
    const q = request.input('q', '')
    const posts = await Database.raw(`SELECT id, title FROM posts WHERE title LIKE '%${q}%' LIMIT 20`) // expect: sql-injection
    return response.json(posts.rows)
  }

  async search({ request, response }) {
    const q = request.input('q', '')
    const posts = await Database.raw('SELECT id, title FROM posts WHERE title LIKE ? LIMIT 20', [`%${q}%`]) // ok: sql-injection
    return response.json(posts.rows)
  }

  async update({ params, request, auth, response }) {
    const post = await Post.query().where({ id: params.id, user_id: auth.user.id }).firstOrFail()
    post.merge(request.all()) // expect: mass-assignment
    await post.save()
    return response.json(post)
  }

  async publish({ params, request, auth, response }) {
    const post = await Post.query().where({ id: params.id, user_id: auth.user.id }).firstOrFail()
    post.merge(request.only(['title', 'body'])) // ok: mass-assignment
    await post.save()
    return response.redirect(request.input('back', '/posts')) // expect: open-redirect
  }
}

module.exports = PostsController
