// The chosen language: remembered in localStorage, and the visitor is sent to it before anything
// renders (loaded in <head>, not deferred). A file, not inline, so the CSP needs no
// 'unsafe-inline'; the storage key and the page's language come from <html data-…>.
(function () {
  var html = document.documentElement;
  var key = html.getAttribute('data-locale-key');
  var locale = html.getAttribute('lang');
  // The first language of LOCALES lives at the root, every other under /xx/.
  var root = html.getAttribute('data-default-locale');
  var known = (html.getAttribute('data-locales') || '').split(' ');
  if (!key) return;
  try {
    var wanted = localStorage.getItem(key);
    if (wanted && wanted !== locale && known.indexOf(wanted) >= 0) {
      var bare = locale === root ? location.pathname : location.pathname.replace(/^\/[a-z]{2,3}(?=\/)/, '');
      location.replace((wanted === root ? '' : '/' + wanted) + bare + location.search + location.hash);
    }
  } catch (e) {}
  // The language menu remembers the choice and keeps the query string (the goal or measure viewed).
  document.addEventListener('click', function (e) {
    var link = e.target instanceof Element ? e.target.closest('.lang-list a[data-locale]') : null;
    if (!link) return;
    try {
      localStorage.setItem(key, link.getAttribute('data-locale'));
    } catch (err) {}
    e.preventDefault();
    location.href = link.getAttribute('href') + location.search;
  });
})();
