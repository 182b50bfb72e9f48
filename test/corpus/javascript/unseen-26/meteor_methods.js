// corpus: path=imports/api/posts/methods.js
import { Meteor } from 'meteor/meteor'
import { check, Match } from 'meteor/check'
import { HTTP } from 'meteor/http'
import { Posts } from './collections'

Meteor.methods({
  'posts.search'(query) {
    return Posts.find({ $where: `this.title.indexOf('${query}') !== -1` }).fetch() // expect: nosql-injection
  },

  'posts.byTag'(tag) {
    check(tag, String)
    return Posts.find({ tags: tag }, { limit: 50 }).fetch() // ok: nosql-injection
  },

  'posts.update'(postId, changes) {
    check(postId, String)
    const post = Posts.findOne(postId)
    if (!post || post.ownerId !== this.userId) throw new Meteor.Error('not-authorized')
    Posts.update(postId, { $set: changes }) // expect: mass-assignment
  },

  'posts.rename'(postId, title) {
    check(postId, String)
    check(title, Match.Where((t) => typeof t === 'string' && t.length <= 140))
    const post = Posts.findOne(postId)
    if (!post || post.ownerId !== this.userId) throw new Meteor.Error('not-authorized')
    Posts.update(postId, { $set: { title, updatedAt: new Date() } }) // ok: mass-assignment
  },

  'posts.fetchCover'(url) {
    check(url, String)
    const res = HTTP.get(url, { npmRequestOptions: { encoding: null } }) // expect: ssrf
    return res.content.toString('base64')
  },

  'posts.count'(filter) {
    check(filter, { status: Match.OneOf('draft', 'published') })
    return Posts.find({ status: filter.status, ownerId: this.userId }).count() // ok: nosql-injection
  },
})
