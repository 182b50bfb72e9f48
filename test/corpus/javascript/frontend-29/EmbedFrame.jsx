// corpus: path=src/components/EmbedFrame.jsx
import { useEffect, useRef } from 'react'

const PROVIDERS = {
  youtube: (id) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`,
  vimeo: (id) => `https://player.vimeo.com/video/${encodeURIComponent(id)}`,
}

export function EmbedFrame({ provider, videoId }) {
  const make = PROVIDERS[provider]
  if (!make) return null
  return <iframe title="video" src={make(videoId)} allow="fullscreen" /> // ok: xss
}

export function WidgetFrame() {
  const params = new URLSearchParams(window.location.search)
  return <iframe title="widget" src={params.get('widget')} sandbox="allow-scripts" /> // expect: xss
}

export function ResizeListener({ onResize }) {
  const ref = useRef(null)
  useEffect(() => {
    function handle(event) {
      if (event.origin !== 'https://widgets.example.com') return
      onResize(Number(event.data.height) || 0)
    }
    window.addEventListener('message', handle)
    return () => window.removeEventListener('message', handle)
  }, [onResize])
  return <div ref={ref} />
}

export function LegacyListener() {
  useEffect(() => {
    window.addEventListener('message', (event) => {
      document.getElementById('status').innerHTML = event.data.statusHtml // expect: xss
    })
  }, [])
  return <div id="status" />
}
