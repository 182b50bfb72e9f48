// corpus: path=src/graphql/server.js
const { ApolloServer } = require('@apollo/server')
const { typeDefs } = require('./schema')
const { resolvers } = require('./resolvers')

const server = new ApolloServer({ // expect: debug-mode
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true,
})

module.exports = { server }
