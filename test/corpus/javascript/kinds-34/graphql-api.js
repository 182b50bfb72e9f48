// corpus: path=src/graphql.js
var express = require('express');
var { graphqlHTTP } = require('express-graphql');
var { buildSchema } = require('graphql');
var inventory = require('./inventory');

var schema = buildSchema(`
  type Item {
    sku: String!
    name: String!
    quantity: Int!
    warehouse: String
  }
  type Query {
    item(sku: String!): Item
    lowStock(threshold: Int = 5): [Item!]!
  }
`);

var root = {
  item: function ({ sku }) {
    return inventory.findBySku(sku);
  },
  lowStock: function ({ threshold }) {
    return inventory.belowThreshold(threshold);
  },
};

var app = express();

app.use(
  '/graphql',
  graphqlHTTP({
    schema: schema,
    rootValue: root,
    graphiql: process.env.NODE_ENV !== 'production', // ok: debug-mode
    customFormatErrorFn: function (error) {
      return { // expect: debug-mode
        message: error.message,
        locations: error.locations,
        path: error.path,
        stack: error.originalError ? error.originalError.stack : error.stack,
      };
    },
  })
);

app.listen(4000, function () {
  console.log('inventory graphql listening on 4000');
});
