const express = require('express')
const account = require('../controllers/account')
const sessions = require('../controllers/sessions')
const { requireAuth } = require('../middleware/auth')
const { rateLimit } = require('../middleware/rate-limit')

const router = express.Router()

router.post('/login', rateLimit(10), sessions.create)
router.post('/password/forgot', rateLimit(5), account.forgotPassword)
router.post('/password/reset', rateLimit(5), account.resetPassword) // ok: missing-authorization

router.get('/me', account.show)
router.patch('/me', account.update)
router.post('/me/email', account.changeEmail)
router.use(requireAuth) // expect: missing-authorization
router.delete('/me', account.destroy)
router.get('/me/sessions', sessions.list)
router.delete('/me/sessions/:id', sessions.revoke)

module.exports = router
