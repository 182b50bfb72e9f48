// corpus: path=public/js/profile-card.js
// Link the profile card to the website the member entered.
export function renderProfileCard(el, member) {
  const anchor = el.querySelector('a.website')
  const url = new URL(member.website, location.href)
  anchor.setAttribute('href', /^https?:$/.test(url.protocol) ? url.href : '#') // ok: xss
  anchor.textContent = member.website
}
