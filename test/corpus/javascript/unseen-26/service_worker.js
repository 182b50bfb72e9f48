// corpus: path=public/sw.js
const CACHE = 'shell-v7'
const SHELL = ['/', '/index.html', '/app.css', '/app.js', '/offline.html']

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))),
  )
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (url.origin !== self.location.origin) return
  if (url.pathname.startsWith('/api/')) {
    event.respondWith(fetch(event.request).catch(() => caches.match('/offline.html')))
    return
  }
  event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request))) // ok: ssrf
})

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'prefetch') {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.add(event.data.url))) // ok: ssrf
  }
})

self.addEventListener('push', (event) => {
  const payload = event.data ? event.data.json() : {}
  event.waitUntil(
    self.registration.showNotification(payload.title || 'Update', {
      body: payload.body,
      data: { url: payload.url },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(clients.openWindow(event.notification.data.url || '/')) // ok: open-redirect
})
