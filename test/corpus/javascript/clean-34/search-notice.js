// corpus: path=public/js/search-notice.js
(function () {
    'use strict';

    function renderNotice(document, query) {
        const notice = document.createElement('p');
        notice.className = 'search-notice';
        notice.innerHTML = 'Results for <strong>' + query + '</strong>'; // expect: xss
        document.body.prepend(notice);
    }

    document.addEventListener('DOMContentLoaded', function () {
        const query = new URLSearchParams(window.location.search).get('q') || '';
        renderNotice(document, query);
    });
})();
