// corpus: path=src/realtime.js
const http = require('http');
const express = require('express');
const { Server } = require('socket.io');
const { graphqlHTTP } = require('express-graphql');
const cors = require('cors');
const schema = require('./schema');

const app = express();
const server = http.createServer(app);

const io = new Server(server, {
  cors: { origin: '*', credentials: true }, // expect: permissive-cors
});

const adminIo = new Server(3001, {
  cors: { origin: ['https://admin.example.com'], credentials: true }, // ok: permissive-cors
});

app.use(cors({ origin: /.*/, credentials: true })); // expect: permissive-cors

app.use('/graphql', graphqlHTTP({ schema, graphiql: process.env.NODE_ENV !== 'production' })); // ok: debug-mode

io.on('connection', (socket) => {
  socket.on('chat', (msg) => {
    io.emit('chat', { from: socket.id, text: String(msg).slice(0, 500) });
  });
});

adminIo.on('connection', () => {});

server.listen(3000);
