// Sends the CSRF token with every htmx request (the token is in <meta> tags of the layout).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
