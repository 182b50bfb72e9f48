// corpus: path=static/js/dashboard.js
$(function () {
  var $results = $('#results');

  function renderRow(row) {
    return $('<tr>').append($('<td>').text(row.name), $('<td>').text(row.status)); // ok: xss
  }

  $('#search').on('submit', function (e) {
    e.preventDefault();
    var q = $('#q').val();
    $('#summary').html('Showing results for <b>' + q + '</b>'); // expect: xss
    $.getJSON('/api/items', { q: q }, function (data) {
      $results.empty();
      data.items.forEach(function (row) {
        $results.append(renderRow(row));
      });
    });
  });

  $.getJSON('/api/announcements', function (data) {
    data.forEach(function (a) {
      $('#announcements').append('<li>' + a.title + '</li>'); // expect: xss
    });
  });

  var tab = decodeURIComponent(location.hash.slice(1));
  if (tab) {
    $('#tab-title').text(tab); // ok: xss
    $('.tab-' + tab).addClass('active');
  }

  $('#user-note').html($('<div>').text(window.localStorage.getItem('note') || '').html()); // ok: xss
});
