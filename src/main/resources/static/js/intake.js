// The intake pages: show a question only while it applies (the same conditions the server checks),
// keep "none" apart from other ticks, let the body map tick its checkboxes, and focus the error summary.
(function () {
  'use strict';
  var form = document.querySelector('.intake form');
  if (!form) { return; }
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function typed(v) {
    if (v === 'true') { return true; }
    if (v === 'false') { return false; }
    if (/^-?\d+([.,]\d+)?$/.test(v)) { return parseFloat(v.replace(',', '.')); }
    return v;
  }

  // The current answer to a code on this page: undefined when the code is not on this page.
  function answer(code) {
    var inputs = form.querySelectorAll('[name="' + code + '"]');
    if (!inputs.length) { return undefined; }
    var live = Array.prototype.filter.call(inputs, function (i) { return !i.disabled; });
    if (inputs[0].type === 'checkbox') {
      return live.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
    }
    if (inputs[0].type === 'radio') {
      var chosen = live.filter(function (i) { return i.checked; })[0];
      return chosen ? typed(chosen.value) : null;
    }
    var text = live.length ? live[0].value.trim() : '';
    return text === '' ? null : typed(text);
  }

  function same(a, b) {
    return a !== null && a !== undefined && String(a) === String(b) && (typeof a === 'boolean') === (typeof b === 'boolean');
  }

  function number(a) { return typeof a === 'number'; }

  // Mirrors intake.Condition; undefined when it reads a code that is not on this page (the server decided).
  function holds(c) {
    var parts, results;
    if (c.all || c.any) {
      parts = c.all || c.any;
      results = parts.map(holds);
      if (results.indexOf(undefined) >= 0) { return undefined; }
      return c.all ? results.every(Boolean) : results.some(Boolean);
    }
    if (c.not) { var inner = holds(c.not); return inner === undefined ? undefined : !inner; }
    var v = answer(c.code);
    if (v === undefined) { return undefined; }
    if ('eq' in c) { return same(v, c.eq); }
    if ('ne' in c) { return !same(v, c.ne); }
    if ('gt' in c) { return number(v) && v > c.gt; }
    if ('gte' in c) { return number(v) && v >= c.gte; }
    if ('lt' in c) { return number(v) && v < c.lt; }
    if ('lte' in c) { return number(v) && v <= c.lte; }
    if ('in' in c) { return c['in'].some(function (x) { return same(v, x); }); }
    if ('containsAny' in c) { return Array.isArray(v) && c.containsAny.some(function (x) { return v.indexOf(x) >= 0; }); }
    if ('present' in c) { return (v !== null && !(Array.isArray(v) && !v.length)) === c.present; }
    return undefined;
  }

  function applyConditions() {
    each(form.querySelectorAll('[data-asked-when]'), function (question) {
      var asked = holds(JSON.parse(question.getAttribute('data-asked-when')));
      if (asked === undefined) { return; }
      question.hidden = !asked;
      each(question.querySelectorAll('input, textarea, select'), function (i) { i.disabled = !asked; });
    });
  }

  // "None of these" and the other ticks exclude each other (in a set, or in a yes/no list: data-group).
  function keepNoneApart(box) {
    if (box.type !== 'checkbox' || !box.checked) { return; }
    var group = box.getAttribute('data-group');
    var same = group ? '[data-group="' + group + '"]' : '[name="' + box.name + '"]';
    each(form.querySelectorAll('input[type=checkbox]' + same), function (other) {
      if (other !== box && (box.hasAttribute('data-none') || other.hasAttribute('data-none'))) { other.checked = false; }
    });
  }

  function paintMap() {
    each(form.querySelectorAll('.bodymap .region'), function (region) {
      var box = document.getElementById('focus.areas-' + region.getAttribute('data-area'));
      region.classList.toggle('on', !!(box && box.checked));
    });
  }

  each(form.querySelectorAll('.bodymap .region'), function (region) {
    region.addEventListener('click', function () {
      var box = document.getElementById('focus.areas-' + region.getAttribute('data-area'));
      if (!box || box.disabled) { return; }
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
  });

  form.addEventListener('change', function (event) {
    keepNoneApart(event.target);
    applyConditions();
    paintMap();
  });
  form.addEventListener('input', applyConditions);

  // A draft save that met the sign-in page means the session ended: say so instead of showing that page.
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0) {
      event.detail.shouldSwap = false;
      document.getElementById('signed-out').hidden = false;
    }
  });

  // One send per page: a second tap while the first is on its way does nothing.
  form.addEventListener('submit', function (event) {
    if (form.hasAttribute('data-sent')) { event.preventDefault(); return; }
    form.setAttribute('data-sent', '1');
  });
  window.addEventListener('pageshow', function () { form.removeAttribute('data-sent'); });

  applyConditions();
  paintMap();
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
}());
