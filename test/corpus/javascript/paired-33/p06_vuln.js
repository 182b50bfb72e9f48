// corpus: path=src/app.js
const express = require('express')
const cookieParser = require('cookie-parser')
const routes = require('./routes')

const app = express()

app.use(express.json())
app.use(cookieParser('c00kie-s1gn!ng-k3y-7f2a9d4e')) // expect: hardcoded-secret
app.use('/api', routes)

module.exports = app
