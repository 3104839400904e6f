// The header's menu on narrow screens: a disclosure button (aria-expanded) that shows and hides
// the navigation, the account corner and the language menu. Plain script, loaded right after
// the header so it works before any island hydrates; without it the menu simply stays open.
(function () {
  var header = document.querySelector('.site-header');
  var button = header && header.querySelector('.menu-toggle');
  var menu = button && document.getElementById(button.getAttribute('aria-controls'));
  if (!header || !button || !menu) return;
  var isOpen = function () {
    return button.getAttribute('aria-expanded') === 'true';
  };
  var set = function (open) {
    button.setAttribute('aria-expanded', String(open));
    header.setAttribute('data-menu', open ? 'open' : 'closed');
  };
  button.hidden = false;
  set(false);
  button.addEventListener('click', function () {
    set(!isOpen());
  });
  // Escape closes it from anywhere in the header and gives focus back to the button.
  header.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && isOpen()) {
      set(false);
      button.focus();
    }
  });
  // A click elsewhere on the page closes it.
  document.addEventListener('click', function (e) {
    if (isOpen() && !header.contains(e.target)) set(false);
  });
  // The language menu: on wide screens a button opens its list (on phones CSS lists the links).
  var langMenu = header.querySelector('.lang-menu');
  var langButton = langMenu && langMenu.querySelector('.lang-toggle');
  var setLang = function (open) {
    if (!langButton) return;
    langButton.setAttribute('aria-expanded', String(open));
    langMenu.setAttribute('data-open', String(open));
  };
  if (langButton) {
    langButton.hidden = false;
    langButton.addEventListener('click', function () {
      setLang(langButton.getAttribute('aria-expanded') !== 'true');
    });
    langMenu.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && langButton.getAttribute('aria-expanded') === 'true') {
        e.stopPropagation();
        setLang(false);
        langButton.focus();
      }
    });
    document.addEventListener('click', function (e) {
      if (!langMenu.contains(e.target)) setLang(false);
    });
  }
  // Back on a wide screen the menu is always shown; a later narrow one starts closed.
  var wide = window.matchMedia('(min-width: 60rem)');
  if (wide.addEventListener)
    wide.addEventListener('change', function (e) {
      if (e.matches) set(false);
    });
})();
