// corpus: path=server/graphql.js
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const express = require('express');
const errorhandler = require('errorhandler');
const jwt = require('jsonwebtoken');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { typeDefs, resolvers } = require('./schema');

async function start() {
  const app = express();
  const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: true }); // expect: debug-mode
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server));
  app.use(errorhandler()); // expect: debug-mode
  if (process.env.NODE_ENV === 'development') {
    app.use(errorhandler()); // ok: debug-mode
  }
  return app;
}

function userFrom(req) {
  const token = (req.headers.authorization || '').split(' ')[1];
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256', 'none'] }); // expect: jwt-weak
}

function writeScratch(req) {
  const file = '/tmp/graphql-upload-' + req.body.name;
  fs.writeFileSync(file, req.body.data); // expect: insecure-temp-file, path-traversal
  return file;
}

function writeScratchSafe(data) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gql-'));
  const file = path.join(dir, 'upload.bin');
  fs.writeFileSync(file, data, { mode: 0o600 }); // ok: insecure-temp-file
  return file;
}

async function pingAnalytics(event) {
  await fetch('http://collector.analytics-vendor.com/v1/events', { method: 'POST', body: JSON.stringify(event) }); // expect: cleartext-http
}

module.exports = { start, userFrom, writeScratch, writeScratchSafe, pingAnalytics };
