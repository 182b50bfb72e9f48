// corpus: path=src/routes/pipelines.js
const express = require('express')
const yaml = require('js-yaml')
const router = express.Router()

router.post('/pipelines/import', express.text(), (req, res) => {
  const spec = yaml.load(req.body, { schema: require('js-yaml-js-types').extend(yaml.DEFAULT_SCHEMA) }) // expect: unsafe-deserialization
  res.json({ steps: spec.steps.length })
})

router.post('/v2/pipelines/import', express.text(), (req, res) => {
  const spec = yaml.load(req.body, { schema: yaml.JSON_SCHEMA }) // ok: unsafe-deserialization
  res.json({ steps: spec.steps.length })
})

module.exports = router
