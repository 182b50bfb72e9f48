// corpus: path=src/graphql/server.js
const { ApolloServer } = require('@apollo/server')
const { typeDefs } = require('./schema')
const { resolvers } = require('./resolvers')

const server = new ApolloServer({ // ok: debug-mode
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
})

module.exports = { server }
