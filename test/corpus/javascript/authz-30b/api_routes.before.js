const express = require('express')
const projects = require('../controllers/projects')
const health = require('../controllers/health')
const { requireAuth } = require('../middleware/auth')

const router = express.Router()

router.get('/projects', requireAuth, projects.list)
router.post('/projects', requireAuth, projects.create)
router.get('/health', requireAuth, health.check)

module.exports = router
