// corpus: path=core/server/services/cards/card-renderers.js
'use strict';

const {JSDOM} = require('jsdom');
const {escapeHtml} = require('./escape');

function addCreateDocumentOption(options) {
    if (!options.createDocument) {
        const dom = new JSDOM();
        options.createDocument = () => dom.window.document;
    }
}

function renderCalloutCard(card, options = {}) {
    addCreateDocumentOption(options);
    const document = options.createDocument();
    if (options.target === 'email') {
        return emailTemplate(card, document, options);
    }
    return frontendTemplate(card, document);
}

function frontendTemplate(card, document) {
    const element = document.createElement('div');
    element.setAttribute('class', `kg-card kg-callout-card kg-callout-card-${card.backgroundColor}`);

    const emoji = document.createElement('div');
    emoji.setAttribute('class', 'kg-callout-emoji');
    emoji.textContent = card.calloutEmoji;
    element.appendChild(emoji);

    const text = document.createElement('div');
    text.setAttribute('class', 'kg-callout-text');
    text.innerHTML = card.calloutText; // ok: xss
    element.appendChild(text);

    return {element};
}

function emailTemplate(card, document, options) {
    const html = `
        <table class="kg-callout-card" role="presentation" width="100%">
            <tr>
                <td class="kg-callout-emoji">${escapeHtml(card.calloutEmoji)}</td>
                <td class="kg-callout-text">${card.calloutText}</td>
            </tr>
        </table>
        <a href="${options.postUrl}" class="kg-callout-link">Read on the site</a>
    `;
    const container = document.createElement('div');
    container.innerHTML = html.trim(); // ok: xss
    return {element: container.firstElementChild};
}

function renderCaption(caption, document) {
    const figcaption = document.createElement('figcaption');
    figcaption.innerHTML = caption; // ok: xss
    return figcaption;
}

module.exports = {renderCalloutCard, renderCaption};
