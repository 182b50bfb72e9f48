// corpus: path=imports/api/tasks/server/methods.js
import { Meteor } from 'meteor/meteor'
import { check, Match } from 'meteor/check'
import { HTTP } from 'meteor/http'
import { fetch } from 'meteor/fetch'
import { execFile, exec } from 'child_process'
import { Tasks } from '../tasks.js'
import { Projects } from '../../projects/projects.js'

const SORT_FIELDS = { due: { dueAt: 1 }, created: { createdAt: -1 }, title: { title: 1 } }

Meteor.methods({
  async 'tasks.search'(filter, sortKey) {
    if (!this.userId) throw new Meteor.Error('not-authorized')
    const selector = { ownerId: this.userId, ...filter }
    return Tasks.find(selector, { sort: SORT_FIELDS[sortKey] || SORT_FIELDS.due, limit: 100 }).fetchAsync() // expect: nosql-injection
  },

  async 'tasks.byStatus'(status) {
    check(status, Match.OneOf('open', 'done', 'blocked'))
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.find({ ownerId: this.userId, status }, { limit: 100 }).fetchAsync() // ok: nosql-injection
  },

  async 'tasks.overdue'(clause) {
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.rawCollection().find({ ownerId: this.userId, $where: `this.dueAt < new Date() && ${clause}` }).toArray() // expect: nosql-injection
  },

  async 'tasks.rename'(taskId, title) {
    check(taskId, String)
    check(title, String)
    return Tasks.updateAsync({ _id: taskId, ownerId: this.userId }, { $set: { title: title.slice(0, 200) } }) // ok: mass-assignment
  },

  async 'tasks.update'(taskId, changes) {
    check(taskId, String)
    return Tasks.updateAsync({ _id: taskId, ownerId: this.userId }, { $set: changes }) // expect: mass-assignment
  },

  async 'projects.importFeed'(feedUrl) {
    check(feedUrl, String)
    if (!this.userId) throw new Meteor.Error('not-authorized')
    const response = await fetch(feedUrl, { headers: { Accept: 'application/rss+xml' } }) // expect: ssrf
    const body = await response.text()
    return Projects.updateAsync({ ownerId: this.userId }, { $set: { feedCache: body.slice(0, 100000) } })
  },

  'projects.githubStatus'(repo) {
    check(repo, Match.Where((r) => typeof r === 'string' && /^[\w.-]+\/[\w.-]+$/.test(r)))
    const result = HTTP.get(`https://api.github.com/repos/${repo}/commits/HEAD/status`, { headers: { 'User-Agent': 'tasks-app' } }) // ok: ssrf
    return result.data.state
  },

  'projects.archive'(projectId, label) {
    check(projectId, String)
    const project = Projects.findOne({ _id: projectId, ownerId: this.userId })
    if (!project) throw new Meteor.Error('not-found')
    exec(`tar czf /var/backups/tasks/${label}.tgz -C /var/lib/tasks ${project._id}`, (err) => { // expect: command-injection
      if (err) console.error('archive failed', err.message)
    })
  },

  'projects.archiveSafe'(projectId) {
    check(projectId, String)
    const project = Projects.findOne({ _id: projectId, ownerId: this.userId })
    if (!project) throw new Meteor.Error('not-found')
    execFile('tar', ['czf', `/var/backups/tasks/${project._id}.tgz`, '-C', '/var/lib/tasks', project._id], (err) => { // ok: command-injection
      if (err) console.error('archive failed', err.message)
    })
  },
})

Meteor.publish('tasks.mine', function (projectId) {
  check(projectId, String)
  return Tasks.find({ ownerId: this.userId, projectId }, { fields: { title: 1, status: 1, dueAt: 1 } })
})
