// Sends the CSRF token with every htmx request (the token is in <meta> tags of the layout).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});

// Scroll boxes (.table-wrap) can be reached and scrolled with the keyboard, and are named for screen readers
// (by the caption or heading inside them, else the nearest heading before them) — WCAG 2.1.1, axe's scrollable-region-focusable.
function nearestHeadingBefore(box) {
  for (var el = box; el && el !== document.body; el = el.previousElementSibling || el.parentElement) {
    if (el === box) { continue; }
    if (/^H[1-6]$/.test(el.tagName)) { return el; }
    var inside = el.querySelectorAll && el.querySelectorAll('h1,h2,h3,h4');
    if (inside && inside.length && !el.contains(box)) { return inside[inside.length - 1]; }
  }
  return document.querySelector('h1');
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.table-wrap').forEach(function (box) {
    if (!box.hasAttribute('tabindex')) { box.setAttribute('tabindex', '0'); }
    if (box.hasAttribute('aria-label') || box.hasAttribute('aria-labelledby')) { return; }
    var named = box.querySelector('caption, h1, h2, h3') || nearestHeadingBefore(box);
    if (named && named.textContent.trim()) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', named.textContent.trim().replace(/\s+/g, ' '));
    }
  });
});
