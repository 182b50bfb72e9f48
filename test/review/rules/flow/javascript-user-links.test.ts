/**
 * Links to what a member saved in their profile (`profile.website`, `user.homepage`) are stored XSS through a
 * `javascript:` URL when the page sets them as an `href` unchecked; a link kept only after its scheme passed a
 * check, a field named for any URL, and a non-link attribute stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PAGE = { path: 'public/js/profile.js' }
const CARD = { path: 'web/src/components/MemberCard.tsx' }
const IS_HTTP = "function isHttpUrl(value: string): boolean {\n  try {\n    const url = new URL(value)\n    return url.protocol === 'https:' || url.protocol === 'http:'\n  } catch {\n    return false\n  }\n}\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { ...PAGE, code: "export function renderCard(el, member) {\n  const anchor = el.querySelector('a.website')\n  const url = new URL(member.website, location.href)\n  anchor.setAttribute('href', /^https?:$/.test(url.protocol) ? url.href : '#')\n}\n" },
    { ...PAGE, code: "export function renderCard(el, member) {\n  const anchor = el.querySelector('a.website')\n  anchor.setAttribute('title', member.website)\n  anchor.textContent = member.website\n}\n" },
    { ...PAGE, code: "export function renderNav(container, item) {\n  const link = document.createElement('a')\n  link.href = item.url\n  link.textContent = item.label\n  container.appendChild(link)\n}\n" },
    { ...PAGE, code: "export function renderWebsite(container, profile) {\n  const link = document.createElement('a')\n  const url = new URL(profile.website, window.location.origin)\n  if (url.protocol === 'https:') link.href = url.href\n  container.appendChild(link)\n}\n" },
    // JSX rendered only when a helper of the file, or the condition itself, passed the link's scheme.
    { ...CARD, code: IS_HTTP + "export function Card({ member }: { member: Member }) {\n  return member.homepage && isHttpUrl(member.homepage) ? <a href={member.homepage}>Homepage</a> : null\n}\n" },
    { ...CARD, code: IS_HTTP + "export function Card({ member }: { member: Member }) {\n  return <div>{member.website && isHttpUrl(member.website) && (\n    <a href={member.website}>Site</a>\n  )}</div>\n}\n" },
    { ...CARD, code: "export function Card({ member }: { member: Member }) {\n  return <div>{member.website?.startsWith('https://') && <a href={member.website}>Site</a>}</div>\n}\n" },
    { ...CARD, code: "export function Card({ item }: { item: Item }) {\n  return <a href={item.url ?? '#'}>{item.label}</a>\n}\n" },
  ],
  invalid: [
    { ...PAGE, code: "export function renderWebsite(container, profile) {\n  const link = document.createElement('a')\n  link.href = profile.website\n  container.appendChild(link)\n}\n", findings: [{ line: 3, message: /javascript:/ }] },
    { ...PAGE, code: "export function renderCard(el, user) {\n  const anchor = el.querySelector('a.home')\n  anchor.setAttribute('href', user.homepage)\n}\n", findings: [{ line: 3 }] },
    { ...CARD, code: "export function Bio({ member }: { member: Member }) {\n  return <a href={member.homepage ?? '#'}>{member.displayName}</a>\n}\n", findings: [{ line: 2, message: /javascript:/ }] },
    // A helper that does not test the scheme vouches for nothing.
    { ...CARD, code: "function present(v?: string | null) {\n  return !!v && v.length > 0\n}\nexport function Card({ member }: { member: Member }) {\n  return <div>{present(member.website) && <a href={member.website!}>Site</a>}</div>\n}\n", findings: [{ line: 5 }] },
  ],
})
