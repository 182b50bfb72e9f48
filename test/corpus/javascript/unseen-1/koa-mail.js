// corpus: path=src/mail/routes.js
const Router = require('@koa/router');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const path = require('path');
const { ChatOpenAI } = require('@langchain/openai');
const { SystemMessage, HumanMessage } = require('@langchain/core/messages');
const { ChatPromptTemplate } = require('@langchain/core/prompts');

const router = new Router({ prefix: '/mail' });
const model = new ChatOpenAI({ model: 'gpt-4o-mini' });
nunjucks.configure(path.join(__dirname, 'templates'), { autoescape: true });

router.post('/preview', async (ctx) => {
  const { subject, body, vars } = ctx.request.body;
  const html = ejs.render(body, vars, { async: false }); // expect: template-injection
  ctx.body = { subject, html };
});

router.post('/preview-compiled', async (ctx) => {
  const tpl = ejs.compile(ctx.request.body.body); // expect: template-injection
  ctx.body = { html: tpl(ctx.request.body.vars) };
});

router.post('/preview-pug', async (ctx) => {
  const render = pug.compile(String(ctx.request.body.layout), { pretty: true }); // expect: template-injection
  ctx.body = render({ user: ctx.state.user });
});

router.post('/preview-hbs', async (ctx) => {
  const { template, context } = ctx.request.body;
  const render = Handlebars.compile(template, { noEscape: false }); // expect: template-injection
  ctx.body = render(context);
});

router.post('/send', async (ctx) => {
  const html = nunjucks.render('campaign.njk', { greeting: ctx.request.body.greeting, items: ctx.request.body.items }); // ok: template-injection
  ctx.body = { html };
});

router.post('/send-inline', async (ctx) => {
  const html = nunjucks.renderString('<p>Hello {{ name }}</p>', { name: ctx.request.body.name }); // ok: template-injection
  ctx.body = { html };
});

router.post('/draft', async (ctx) => {
  const { tone, topic } = ctx.request.body;
  const reply = await model.invoke([ // expect: prompt-injection
    new SystemMessage(`You write marketing emails for Acme. Always use a ${tone} tone.`),
    new HumanMessage(`Write an email about ${topic}`),
  ]);
  ctx.body = { draft: reply.content };
});

router.post('/draft-plain', async (ctx) => {
  const reply = await model.invoke([ // ok: prompt-injection
    new SystemMessage('You write marketing emails for Acme.'),
    new HumanMessage(ctx.request.body.topic),
  ]);
  ctx.body = { draft: reply.content };
});

router.post('/draft-template', async (ctx) => {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', 'You write marketing emails for Acme.'],
    ['human', '{topic}'],
  ]);
  const reply = await prompt.pipe(model).invoke({ topic: ctx.request.body.topic }); // ok: prompt-injection
  ctx.body = { draft: reply.content };
});

module.exports = router;
