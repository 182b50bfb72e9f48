// corpus: path=src/graphql/resolvers.js
const { GraphQLError } = require('graphql');
const { QueryTypes } = require('sequelize');
const axios = require('axios');
const { sequelize, Project, Webhook } = require('../db');

const SORTABLE = new Set(['name', 'created_at', 'updated_at']);

module.exports = {
  Query: {
    async projects(_parent, { search, sortBy = 'name', limit = 20 }, { user }) {
      if (!user) throw new GraphQLError('unauthenticated');
      const order = SORTABLE.has(sortBy) ? sortBy : 'name';
      return sequelize.query(
        `select * from projects where owner_id = :owner and name ilike :search order by ${order} limit :limit`, // ok: sql-injection
        { replacements: { owner: user.id, search: `%${search || ''}%`, limit: Math.min(limit, 100) }, type: QueryTypes.SELECT },
      );
    },

    async auditLog(_parent, { projectId, action }, { user }) {
      if (!user?.isAdmin) throw new GraphQLError('forbidden');
      return sequelize.query(
        `select * from audit_log where project_id = ${Number(projectId)} and action = '${action}' order by at desc`, // expect: sql-injection
        { type: QueryTypes.SELECT },
      );
    },
  },

  Mutation: {
    async addWebhook(_parent, { projectId, url }, { user }) {
      const project = await Project.findOne({ where: { id: projectId, ownerId: user.id } });
      if (!project) throw new GraphQLError('not found');
      await axios.post(url, { type: 'webhook.verify', projectId }, { timeout: 5000 }); // expect: ssrf
      return Webhook.create({ projectId, url });
    },

    async renameProject(_parent, { id, name }, { user }) {
      const [count] = await Project.update({ name }, { where: { id, ownerId: user.id } }); // ok: sql-injection
      if (!count) throw new GraphQLError('not found');
      return Project.findByPk(id);
    },
  },

  Project: {
    async webhooks(project) {
      return Webhook.findAll({ where: { projectId: project.id }, order: [['createdAt', 'DESC']] });
    },
  },
};
