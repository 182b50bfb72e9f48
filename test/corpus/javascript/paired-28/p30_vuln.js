// corpus: path=public/js/profile-card.js
// Link the profile card to the website the member entered.
export function renderProfileCard(el, member) {
  const anchor = el.querySelector('a.website')
  anchor.setAttribute('href', member.website) // expect: xss
  anchor.textContent = member.website
}
