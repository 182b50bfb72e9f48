// corpus: path=src/graphql/server.js
const express = require('express');
const { graphqlHTTP } = require('express-graphql');
const { createHandler } = require('graphql-http/lib/use/express');
const errorHandler = require('strong-error-handler');
const mercurius = require('mercurius');
const Fastify = require('fastify');
const http = require('http');
const { schema, rootValue } = require('./schema');

const app = express();
const dev = process.env.NODE_ENV !== 'production';

app.use('/graphql', graphqlHTTP({ schema, rootValue, graphiql: true })); // expect: debug-mode
app.use('/graphql-internal', graphqlHTTP({ schema, rootValue, graphiql: dev })); // ok: debug-mode
app.all('/graphql/v2', createHandler({ schema }));

app.use(errorHandler({ debug: true, log: true })); // expect: debug-mode
app.use(errorHandler({ debug: dev, log: true })); // ok: debug-mode

const fastify = Fastify({ logger: true });
fastify.register(mercurius, { schema, graphiql: true }); // expect: debug-mode

function fetchInventory(sku) {
  return new Promise((resolve, reject) => {
    http.get(`http://inventory.warehouse-partner.com/api/stock/${encodeURIComponent(sku)}`, (res) => { // expect: cleartext-http
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

function fetchLocalHealth() {
  return new Promise((resolve) => {
    http.get('http://localhost:8080/health', (res) => resolve(res.statusCode)); // ok: cleartext-http
  });
}

const mqttUrl = 'mqtts://broker.example-iot.com:8883'; // ok: cleartext-http
const legacyFeed = 'http://feeds.example-news.com/rss/world.xml'; // expect: cleartext-http

async function readFeed() {
  const res = await fetch(legacyFeed);
  return res.text();
}

module.exports = { app, fastify, fetchInventory, fetchLocalHealth, readFeed, mqttUrl };
