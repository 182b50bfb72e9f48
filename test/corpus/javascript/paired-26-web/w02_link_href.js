// corpus: path=public/js/profile.js
export function renderWebsite(container, profile) {
  const link = document.createElement('a')
  link.href = profile.website // expect: xss
  link.textContent = profile.website
  container.appendChild(link)
}

export function renderWebsiteSafe(container, profile) {
  const link = document.createElement('a')
  const url = new URL(profile.website, window.location.origin)
  if (url.protocol === 'https:' || url.protocol === 'http:') link.href = url.href // ok: xss
  link.textContent = profile.website
  container.appendChild(link)
}
