const express = require('express')
const { MongoClient } = require('mongodb')
const app = express()
app.use(express.json())
const client = new MongoClient(process.env.MONGO_URL)

app.post('/login', async (req, res) => {
  const users = client.db('app').collection('users')
  const user = await users.findOne({ username: req.body.username, password: req.body.password }) // expect: nosql-injection
  res.json({ ok: !!user })
})

app.post('/login-safe', async (req, res) => {
  const users = client.db('app').collection('users')
  const user = await users.findOne({ username: String(req.body.username) }) // ok: nosql-injection
  res.json({ ok: !!user && await verify(user.hash, String(req.body.password)) })
})

app.get('/search', async (req, res) => {
  const users = client.db('app').collection('users')
  const found = await users.find({ $where: `this.name == '${req.query.name}'` }).toArray() // expect: nosql-injection
  res.json(found)
})
