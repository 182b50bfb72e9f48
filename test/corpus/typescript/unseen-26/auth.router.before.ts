import Router from '@koa/router'
import bcrypt from 'bcryptjs'
import jwt from 'jsonwebtoken'
import { users } from '../db/users'

const router = new Router({ prefix: '/auth' })
const JWT_SECRET = process.env.JWT_SECRET as string

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string }
  const user = await users.findByEmail(email)
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    ctx.status = 401
    ctx.body = { error: 'invalid_credentials' }
    return
  }
  ctx.session!.userId = user.id
  ctx.body = { token: jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' }) }
})

export default router
