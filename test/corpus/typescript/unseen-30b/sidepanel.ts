// corpus: path=src/sidepanel/sidepanel.ts
import DOMPurify from 'dompurify'

type PanelMessage =
  | { type: 'product'; title: string; description: string; imageUrl: string }
  | { type: 'reviews'; html: string }
  | { type: 'notice'; text: string }

const root = document.querySelector<HTMLElement>('#panel')!
const reviews = document.querySelector<HTMLElement>('#reviews')!
const notice = document.querySelector<HTMLElement>('#notice')!

function productCard(title: string, imageUrl: string): HTMLElement {
  const card = document.createElement('article')
  const img = document.createElement('img')
  img.src = imageUrl.startsWith('https://') ? imageUrl : ''
  const h = document.createElement('h2')
  h.textContent = title // ok: xss
  card.append(img, h)
  return card
}

// The content script copies these fields out of the shop page it runs on.
chrome.runtime.onMessage.addListener((message: PanelMessage) => {
  if (message.type === 'product') {
    root.replaceChildren(productCard(message.title, message.imageUrl))
    const desc = document.createElement('section')
    desc.innerHTML = message.description // expect: xss
    root.append(desc)
  }
  if (message.type === 'reviews') {
    reviews.innerHTML = DOMPurify.sanitize(message.html) // ok: xss
  }
  if (message.type === 'notice') {
    notice.innerHTML = `<p class="notice">${message.text}</p>` // expect: xss
  }
})

document.querySelector('#clear')?.addEventListener('click', () => {
  root.replaceChildren()
  reviews.innerHTML = '' // ok: xss
})
