// corpus: path=core/server/web/admin/redirects.js
'use strict';

const express = require('express');
const urlJoin = require('url-join');
const config = require('../../../shared/config');
const urlUtils = require('../../../shared/url-utils');

const router = express.Router();

// Old admin links (/ghost/editor/123) live on as hash routes of the single-page admin.
router.get(/^\/ghost\/(.+)/, (req, res) => {
    const adminPath = req.params[0];
    return res.redirect(urlJoin(urlUtils.urlFor('admin'), '#', adminPath)); // ok: open-redirect
});

router.get('/settings/legacy/:section', (req, res) => {
    return res.redirect(urlJoin(config.get('admin:url'), '#/settings', req.params.section)); // ok: open-redirect
});

router.get('/help/:topic', (req, res) => {
    const topic = encodeURIComponent(req.params.topic);
    return res.redirect(urlJoin(config.get('docs:url'), 'topics', topic)); // ok: open-redirect
});

// Profiles moved under /user/ when usernames became slugs.
router.get('/profile/:userslug', (req, res) => {
    const slug = String(req.params.userslug).toLowerCase();
    return res.redirect(config.get('relative_path') + '/user/' + slug); // ok: open-redirect
});

router.get('/t/:topicId/:slug?', (req, res) => {
    return res.redirect(`${config.get('relative_path')}/topic/${req.params.topicId}/${req.params.slug || ''}`); // ok: open-redirect
});

// A partner's landing page asked for by name: the client names the site to go to.
router.get('/go', (req, res) => {
    return res.redirect(urlJoin(req.query.site, 'welcome')); // expect: open-redirect
});

router.get('/continue', (req, res) => {
    return res.redirect(config.get('relative_path') + req.query.next); // expect: open-redirect
});

router.get('/back', (req, res) => {
    return res.redirect(config.get('relative_path') + '/' + req.query.to); // expect: open-redirect
});

module.exports = router;
