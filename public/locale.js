// The chosen language: remembered in localStorage, and the visitor is sent to it before anything
// renders (loaded in <head>, not deferred). A file, not inline, so the CSP needs no
// 'unsafe-inline'; the storage key and the page's language come from <html data-…>.
(function () {
  var html = document.documentElement;
  var key = html.getAttribute('data-locale-key');
  var locale = html.getAttribute('lang');
  if (!key) return;
  try {
    var wanted = localStorage.getItem(key);
    if (wanted && wanted !== locale) {
      var bare = locale === 'en' ? location.pathname : location.pathname.replace(/^\/[a-z]{2}(?=\/)/, '');
      location.replace((wanted === 'en' ? '' : '/' + wanted) + bare + location.search + location.hash);
    }
  } catch (e) {}
  // The language switch remembers the choice and keeps the query string (the goal or measure viewed).
  document.addEventListener('click', function (e) {
    var link = e.target instanceof Element ? e.target.closest('#lang-switch') : null;
    if (!link) return;
    try { localStorage.setItem(key, link.getAttribute('data-locale')); } catch (err) {}
    e.preventDefault();
    location.href = link.getAttribute('href') + location.search;
  });
})();
