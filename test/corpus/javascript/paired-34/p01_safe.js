// corpus: path=public/js/flash.js
class FlashBanner {
  constructor(container, params) {
    this.container = container
    this.message = params.get('notice') || ''
    this.level = params.get('level') === 'error' ? 'error' : 'info'
  }

  show() {
    if (!this.message) return
    const box = document.createElement('div')
    box.className = `flash flash-${this.level}`
    box.setAttribute('role', 'status')
    box.textContent = this.message // ok: xss
    this.container.prepend(box)
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const banner = new FlashBanner(document.querySelector('#flash-area'), new URLSearchParams(window.location.search))
  banner.show()
})
