/*
 * Runs before Decap CMS. Decap is started by editor.js once the generated
 * configuration has arrived (manual init), and every request to the local
 * server's API carries the token this page was served with: the server
 * refuses API requests without it, so no other web page can use it.
 */
window.CMS_MANUAL_INIT = true;
(function () {
  var meta = document.querySelector('meta[name="redigering-token"]');
  var token = meta ? meta.getAttribute('content') : '';
  var originalFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var address = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, window.location.href);
    if (address.origin === window.location.origin && address.pathname.indexOf('/api/') === 0) {
      var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      headers.set('X-Redigering-Token', token);
      init = Object.assign({}, init, { headers: headers });
    }
    return originalFetch(input, init);
  };
})();
