// corpus: path=src/http/pages.ts
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import { escapeHTML } from './html'
import { loadArticle, listTags } from './articles'

const app = Fastify({ logger: true })

function sendPage(reply: FastifyReply, heading: string, body: string) {
  return reply.type('text/html').send(`<main><h1>${heading}</h1>${body}</main>`) // expect: xss
}

function sendEscapedPage(reply: FastifyReply, heading: string, body: string) {
  return reply.type('text/html').send(`<main><h1>${escapeHTML(heading)}</h1>${body}</main>`) // ok: xss
}

function sendProblem(reply: FastifyReply, status: number, detail: string) {
  return reply.code(status).type('application/problem+json').send({ status, detail }) // ok: xss
}

interface ArticleQuery {
  highlight?: string
  tag?: string
}

app.get('/articles/:slug', async (request: FastifyRequest<{ Params: { slug: string }; Querystring: ArticleQuery }>, reply) => {
  const article = await loadArticle(request.params.slug)
  if (!article) return sendProblem(reply, 404, `no article ${request.params.slug}`)
  const heading = request.query.highlight ? `${article.title} - ${request.query.highlight}` : article.title
  return sendPage(reply, heading, article.html)
})

app.get('/tags', async (request: FastifyRequest<{ Querystring: ArticleQuery }>, reply) => {
  const tag = request.query.tag ?? 'all'
  const tags = await listTags()
  const items = tags.map((t) => `<li>${escapeHTML(t.name)} (${t.count})</li>`).join('')
  return sendEscapedPage(reply, `Tags: ${tag}`, `<ul>${items}</ul>`)
})

export default app
