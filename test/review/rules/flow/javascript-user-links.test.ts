/**
 * Links to what a member saved in their profile (`profile.website`, `user.homepage`) are stored XSS through a
 * `javascript:` URL when the page sets them as an `href` unchecked; a link kept only after its scheme passed a
 * check, a field named for any URL, and a non-link attribute stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PAGE = { path: 'public/js/profile.js' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...PAGE, code: "export function renderCard(el, member) {\n  const anchor = el.querySelector('a.website')\n  const url = new URL(member.website, location.href)\n  anchor.setAttribute('href', /^https?:$/.test(url.protocol) ? url.href : '#')\n}\n" },
    { ...PAGE, code: "export function renderCard(el, member) {\n  const anchor = el.querySelector('a.website')\n  anchor.setAttribute('title', member.website)\n  anchor.textContent = member.website\n}\n" },
    { ...PAGE, code: "export function renderNav(container, item) {\n  const link = document.createElement('a')\n  link.href = item.url\n  link.textContent = item.label\n  container.appendChild(link)\n}\n" },
    { ...PAGE, code: "export function renderWebsite(container, profile) {\n  const link = document.createElement('a')\n  const url = new URL(profile.website, window.location.origin)\n  if (url.protocol === 'https:') link.href = url.href\n  container.appendChild(link)\n}\n" },
  ],
  invalid: [
    { ...PAGE, code: "export function renderWebsite(container, profile) {\n  const link = document.createElement('a')\n  link.href = profile.website\n  container.appendChild(link)\n}\n", findings: [{ line: 3, message: /javascript:/ }] },
    { ...PAGE, code: "export function renderCard(el, user) {\n  const anchor = el.querySelector('a.home')\n  anchor.setAttribute('href', user.homepage)\n}\n", findings: [{ line: 3 }] },
  ],
})
