// corpus: path=imports/api/tasks/methods.js
import { Meteor } from 'meteor/meteor'
import { check, Match } from 'meteor/check'
import { Email } from 'meteor/email'
import { HTTP } from 'meteor/http'
import { Tasks } from './tasks'
import { Projects } from '../projects/projects'
import { escapeHtml } from '../../lib/html'

Meteor.methods({
  async 'tasks.insert'(projectId, text) {
    check(projectId, String)
    check(text, String)
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.insertAsync({ projectId, text, owner: this.userId, createdAt: new Date() })
  },

  async 'tasks.search'(selector) {
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.find({ ...selector, owner: this.userId }, { limit: 50 }).fetchAsync() // expect: nosql-injection
  },

  async 'tasks.byLabel'(label) {
    check(label, String)
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.find({ labels: label, owner: this.userId }).fetchAsync() // ok: nosql-injection
  },

  async 'tasks.filter'(expression) {
    if (!this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.find({ owner: this.userId, $where: `this.estimate ${expression}` }).fetchAsync() // expect: nosql-injection
  },

  async 'tasks.update'(taskId, changes) {
    check(taskId, String)
    const task = await Tasks.findOneAsync(taskId)
    if (!task || task.owner !== this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.updateAsync(taskId, { $set: changes }) // expect: mass-assignment
  },

  async 'tasks.setChecked'(taskId, checked) {
    check(taskId, String)
    check(checked, Boolean)
    const task = await Tasks.findOneAsync(taskId)
    if (!task || task.owner !== this.userId) throw new Meteor.Error('not-authorized')
    return Tasks.updateAsync(taskId, { $set: { checked } }) // ok: mass-assignment
  },

  async 'projects.invite'(projectId, address, note) {
    check(projectId, String)
    check(address, String)
    check(note, Match.Maybe(String))
    const project = await Projects.findOneAsync({ _id: projectId, members: this.userId })
    if (!project) throw new Meteor.Error('not-found')
    Email.send({
      to: address,
      from: 'no-reply@example.com',
      subject: `You were invited to ${project.name}`,
      html: `<p>${escapeHtml(Meteor.user().profile.name)} invited you to <b>${escapeHtml(project.name)}</b>.</p><p>${escapeHtml(note || '')}</p>`,
    })
  },

  async 'projects.importFeed'(feedUrl) {
    check(feedUrl, String)
    if (!this.userId) throw new Meteor.Error('not-authorized')
    const response = await fetch(feedUrl) // expect: ssrf
    const items = await response.json()
    return items.length
  },

  async 'projects.ping'() {
    const response = HTTP.get(`${Meteor.settings.private.statusUrl}/ping`)
    return response.statusCode === 200
  },
})
