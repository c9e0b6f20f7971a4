// Plan editor: running total, and moving, adding and removing blocks without a round trip.
// Without JavaScript the same buttons post the form and the server applies the change.
(function () {
  var form = document.getElementById('plan-editor');
  if (!form) { return; }
  var list = document.getElementById('plan-blocks');
  var template = document.getElementById('block-template');
  var totalOut = document.getElementById('plan-total');
  var target = parseInt(form.getAttribute('data-service-minutes'), 10);

  function blocks() { return Array.prototype.slice.call(list.querySelectorAll(':scope > li.plan-block')); }

  function updateTotal() {
    var total = 0;
    list.querySelectorAll('.block-minutes').forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (!isNaN(value)) { total += value; }
    });
    totalOut.textContent = total;
    totalOut.parentNode.classList.toggle('off', total !== target);
  }

  function renumber() {
    blocks().forEach(function (li, i) {
      li.id = 'block-' + i;
      li.querySelector('.block-number').textContent = i + 1;
      li.querySelectorAll('[name^="blocks["]').forEach(function (field) {
        field.name = field.name.replace(/^blocks\[\d+\]/, 'blocks[' + i + ']');
      });
      li.querySelectorAll('[id^="b"]').forEach(function (el) {
        el.id = el.id.replace(/^b\d+-/, 'b' + i + '-');
      });
      li.querySelectorAll('label[for^="b"]').forEach(function (label) {
        label.htmlFor = label.htmlFor.replace(/^b\d+-/, 'b' + i + '-');
      });
      li.querySelectorAll('button[data-op]').forEach(function (button) {
        button.value = button.getAttribute('data-op') + ':' + i;
      });
    });
    updateTotal();
  }

  function focusButton(li, op) {
    var button = li && li.querySelector('button[data-op="' + op + '"]');
    if (button) { button.focus(); li.scrollIntoView({block: 'nearest'}); }
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-op]');
    if (!button) { return; }
    var op = button.getAttribute('data-op');
    var li = button.closest('li.plan-block');
    event.preventDefault();
    if (op === 'add') {
      list.appendChild(template.content.firstElementChild.cloneNode(true));
      renumber();
      var added = blocks()[blocks().length - 1];
      added.querySelector('select').focus();
      return;
    }
    if (op === 'up' && li.previousElementSibling) {
      list.insertBefore(li, li.previousElementSibling);
    } else if (op === 'down' && li.nextElementSibling) {
      list.insertBefore(li.nextElementSibling, li);
    } else if (op === 'remove') {
      var next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      renumber();
      focusButton(next, 'remove');
      return;
    }
    renumber();
    focusButton(li, op);
  });

  form.addEventListener('input', function (event) {
    if (event.target.classList.contains('block-minutes')) { updateTotal(); }
  });

  var focus = parseInt(form.getAttribute('data-focus'), 10);
  if (focus >= 0 && blocks()[focus]) { focusButton(blocks()[focus], 'up'); }
  updateTotal();
})();
