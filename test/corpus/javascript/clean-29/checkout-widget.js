// corpus: path=public/js/checkout-widget.js
;(function () {
  'use strict'

  const ALLOWED_ORIGIN = 'https://pay.shop.example.com'
  const root = document.getElementById('checkout')
  if (!root) return

  const state = { cart: [], status: 'idle' }
  const csrfToken = document.querySelector('meta[name="csrf-token"]').getAttribute('content')

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag)
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') node.className = value
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value)
      else node.setAttribute(key, value)
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)))
    return node
  }

  function formatPrice(cents, currency) {
    return new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'currency', currency }).format(cents / 100)
  }

  function render() {
    root.replaceChildren(
      el('h2', { class: 'checkout__title' }, 'Your order'),
      el(
        'ul',
        { class: 'checkout__items' },
        ...state.cart.map((item) => el('li', {}, `${item.quantity} × ${item.name}`, el('span', { class: 'price' }, formatPrice(item.priceCents * item.quantity, 'EUR')))),
      ),
      el('button', { type: 'button', class: 'checkout__pay', onclick: openPayment, disabled: state.status === 'paying' ? '' : null }, 'Pay now'),
    )
    const note = root.querySelector('.checkout__note')
    if (note) note.textContent = state.message || '' // ok: xss
  }

  async function loadCart() {
    const res = await fetch('/api/cart', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    if (!res.ok) throw new Error(`cart request failed: ${res.status}`)
    state.cart = (await res.json()).items
    render()
  }

  let frame
  function openPayment() {
    state.status = 'paying'
    frame = el('iframe', { src: `${ALLOWED_ORIGIN}/embed?session=${encodeURIComponent(root.dataset.session)}`, title: 'Payment', class: 'checkout__frame' }) // ok: xss
    root.append(frame)
  }

  window.addEventListener('message', async (event) => {
    if (event.origin !== ALLOWED_ORIGIN || event.source !== (frame && frame.contentWindow)) return
    const { type, paymentIntentId } = event.data || {}
    if (type !== 'payment.succeeded' || typeof paymentIntentId !== 'string') return
    const res = await fetch('/api/orders', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ paymentIntentId }),
    })
    if (res.ok) {
      const { orderId } = await res.json()
      window.location.assign(`/orders/${encodeURIComponent(orderId)}?placed=1`) // ok: open-redirect
    } else {
      state.status = 'idle'
      state.message = 'Payment received, but we could not create the order. Support has been notified.'
      render()
    }
  })

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.status === 'idle') loadCart().catch(() => {})
  })

  const dismissed = localStorage.getItem('checkout.banner.dismissed') === '1'
  if (!dismissed) {
    const banner = el('div', { class: 'banner' }, 'Free shipping on orders over 50 €', el('button', { onclick: () => { localStorage.setItem('checkout.banner.dismissed', '1'); banner.remove() } }, '×'))
    root.before(banner)
  }

  loadCart().catch((err) => {
    console.error(err)
    root.textContent = 'Could not load your cart. Please refresh the page.'
  })
})()
