// corpus: path=src/server/forms.js
const Router = require('@koa/router');
const dotProp = require('dot-prop');
const objectPath = require('object-path');
const { setWith } = require('lodash');
const FormDraft = require('../models/form-draft');

const router = new Router({ prefix: '/forms' });

// Drafts being edited, by form id, shared by every request this process serves.
const drafts = {};

function draftFor(formId) {
  if (!drafts[formId]) drafts[formId] = { fields: {}, layout: {}, updatedAt: null };
  return drafts[formId];
}

router.patch('/:formId/field', async (ctx) => {
  const { path, value } = ctx.request.body;
  const draft = draftFor(ctx.params.formId);
  dotProp.set(draft.fields, path, value); // expect: prototype-pollution
  draft.updatedAt = Date.now();
  ctx.body = draft;
});

router.patch('/:formId/layout', async (ctx) => {
  const draft = draftFor(ctx.params.formId);
  for (const change of ctx.request.body.changes || []) {
    objectPath.set(draft.layout, change.path, change.value); // expect: prototype-pollution
  }
  ctx.body = draft.layout;
});

router.patch('/:formId/meta', async (ctx) => {
  const draft = draftFor(ctx.params.formId);
  setWith(draft, ctx.query.key, ctx.request.body.value, Object); // expect: prototype-pollution
  ctx.body = draft;
});

router.patch('/:formId/title', async (ctx) => {
  const draft = draftFor(ctx.params.formId);
  dotProp.set(draft, 'meta.title', String(ctx.request.body.title || '').slice(0, 120)); // ok: prototype-pollution
  ctx.body = draft;
});

router.post('/:formId/answers', async (ctx) => {
  const answers = new Map();
  for (const [fieldId, answer] of Object.entries(ctx.request.body.answers || {})) {
    answers.set(fieldId, answer); // ok: prototype-pollution
  }
  ctx.body = { count: answers.size };
});

router.post('/:formId/save', async (ctx) => {
  const draft = draftFor(ctx.params.formId);
  await FormDraft.updateOne({ formId: ctx.params.formId }, { $set: { fields: draft.fields, layout: draft.layout } }, { upsert: true });
  delete drafts[ctx.params.formId];
  ctx.status = 204;
});

module.exports = router;
