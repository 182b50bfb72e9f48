// corpus: path=src/render/card-renderers.js
'use strict';

const {JSDOM} = require('jsdom');

function createDocument() {
    return new JSDOM().window.document;
}

function renderImageCard(card, options = {}) {
    const document = (options.createDocument || createDocument)();

    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.setAttribute('src', card.src);
    img.setAttribute('alt', card.alt || '');
    figure.appendChild(img);

    if (card.caption) {
        const figcaption = document.createElement('figcaption');
        figcaption.innerHTML = card.caption; // ok: xss
        figure.appendChild(figcaption);
    }

    return {element: figure};
}

function renderEmbedCard(card, options = {}) {
    const doc = options.createDocument();
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = embedTemplate(card).trim(); // ok: xss
    return {element: wrapper.firstElementChild};
}

function embedTemplate(card) {
    return `<figure class="kg-embed-card">${card.html}</figure>`;
}

function toPlaintext(html) {
    const parsed = new JSDOM().window.document;
    const body = parsed.createElement('body');
    body.innerHTML = html; // ok: xss
    return body.textContent.trim();
}

module.exports = {renderImageCard, renderEmbedCard, toPlaintext};
