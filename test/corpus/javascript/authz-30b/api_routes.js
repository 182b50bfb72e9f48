const express = require('express')
const projects = require('../controllers/projects')
const health = require('../controllers/health')
const { requireAuth } = require('../middleware/auth')

const router = express.Router()

router.get('/health', health.check) // ok: missing-authorization

router.use(requireAuth) // ok: missing-authorization
router.get('/projects', projects.list) // ok: missing-authorization
router.post('/projects', projects.create) // ok: missing-authorization

module.exports = router
