// corpus: path=public/js/flash.js
class FlashBanner {
  constructor(container, params) {
    this.container = container
    this.message = params.get('notice') || ''
    this.level = params.get('level') === 'error' ? 'error' : 'info'
  }

  show() {
    if (!this.message) return
    this.container.insertAdjacentHTML( // expect: xss
      'afterbegin',
      `<div class="flash flash-${this.level}" role="status">${this.message}</div>`
    )
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const banner = new FlashBanner(document.querySelector('#flash-area'), new URLSearchParams(window.location.search))
  banner.show()
})
