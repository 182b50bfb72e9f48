// corpus: path=public/src/admin/flags.js
'use strict';

define('admin/manage/flags', ['api'], function (api) {
    const Flags = {};

    Flags.init = function () {
        if (window.location.hash) {
            $(window.location.hash).collapse('toggle'); // ok: xss
        }

        const anchor = decodeURIComponent(location.hash);
        $(anchor).addClass('highlight'); // ok: xss

        $('[data-action="resolve"]').on('click', function () {
            const flagId = $(this).attr('data-flag-id');
            api.put('/flags/' + encodeURIComponent(flagId), { state: 'resolved' });
        });
    };

    Flags.openReport = function () {
        const reportId = window.location.hash.slice(1);
        $(reportId).modal('show'); // expect: xss
    };

    return Flags;
});
