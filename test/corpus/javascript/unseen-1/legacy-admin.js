// corpus: path=src/admin/app.js
const express = require('express');
const errorhandler = require('errorhandler');
const { ApolloServer } = require('apollo-server-express');
const schema = require('./schema');

const admin = express();

const apollo = new ApolloServer({ schema, debug: true, introspection: true }); // expect: debug-mode
apollo.applyMiddleware({ app: admin });

admin.use(errorhandler({ log: true })); // expect: debug-mode

module.exports = admin;
