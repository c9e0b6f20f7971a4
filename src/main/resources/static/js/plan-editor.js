// Plan editor: the hour bar, legend and total follow the rows; blocks move by buttons (keyboard) or by dragging
// their handle, added and removed without a round trip; each change is announced. Without JavaScript the same
// buttons post the form and the server applies the change, so the server-rendered form stays the truth.
(function () {
  var form = document.getElementById('plan-editor');
  if (!form) { return; }
  var list = document.getElementById('plan-blocks');
  var template = document.getElementById('block-template');
  var totalOut = document.getElementById('plan-total');
  var gap = document.getElementById('plan-gap');
  var timeline = document.getElementById('plan-timeline');
  var announcer = document.getElementById('plan-announce');
  var target = parseInt(form.getAttribute('data-service-minutes'), 10);

  function say(name, a, b) {
    var text = form.getAttribute('data-msg-' + name) || '';
    return text.replace('{0}', a).replace('{1}', b);
  }
  function announce(text) {
    announcer.textContent = '';
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }
  function blocks() { return Array.prototype.slice.call(list.querySelectorAll(':scope > li.plan-block')); }
  function minutesOf(li) {
    var value = parseInt(li.querySelector('.block-minutes').value, 10);
    return isNaN(value) || value < 0 ? 0 : value;
  }
  function phaseOf(li) { return li.querySelector('select[data-field="phase"]'); }

  function drawHour() {
    var total = 0;
    var byPhase = {};
    timeline.textContent = '';
    blocks().forEach(function (li, i) {
      var minutes = minutesOf(li);
      var select = phaseOf(li);
      li.setAttribute('data-phase', select.value);
      total += minutes;
      byPhase[select.value] = (byPhase[select.value] || 0) + minutes;
      if (minutes > 0) {
        var label = select.options[select.selectedIndex].text;
        timeline.appendChild(segment('seg phase-' + select.value, minutes, String(i + 1),
          (i + 1) + '. ' + label + ', ' + say('minutes', minutes)));
      }
    });
    if (total < target) {
      timeline.appendChild(segment('seg free', target - total, '', say('free', target - total)));
    }
    totalOut.textContent = total;
    totalOut.parentNode.classList.toggle('off', total !== target);
    gap.textContent = total < target ? say('free', target - total) : total > target ? say('over', total - target) : '';
    form.querySelectorAll('.legend li[data-phase]').forEach(function (item) {
      item.querySelector('.legend-minutes').textContent = say('minutes', byPhase[item.getAttribute('data-phase')] || 0);
    });
  }

  function segment(className, grow, number, text) {
    var li = document.createElement('li');
    li.className = className;
    li.style.flexGrow = grow;
    var shown = document.createElement('span');
    shown.className = 'seg-number';
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = number;
    var spoken = document.createElement('span');
    spoken.className = 'sr-only';
    spoken.textContent = text;
    li.appendChild(shown);
    li.appendChild(spoken);
    return li;
  }

  function renumber() {
    blocks().forEach(function (li, i) {
      li.id = 'block-' + i;
      li.querySelectorAll('.block-number').forEach(function (n) { n.textContent = i + 1; });
      li.querySelectorAll('[name^="blocks["]').forEach(function (field) {
        field.name = field.name.replace(/^blocks\[\d+\]/, 'blocks[' + i + ']');
      });
      li.querySelectorAll('[id^="b"]').forEach(function (el) { el.id = el.id.replace(/^b\d+-/, 'b' + i + '-'); });
      li.querySelectorAll('label[for^="b"]').forEach(function (label) {
        label.htmlFor = label.htmlFor.replace(/^b\d+-/, 'b' + i + '-');
      });
      li.querySelectorAll('[aria-describedby^="b"]').forEach(function (el) {
        el.setAttribute('aria-describedby', el.getAttribute('aria-describedby').replace(/^b\d+-/, 'b' + i + '-'));
      });
      li.querySelectorAll('button[data-op]').forEach(function (button) {
        button.value = button.getAttribute('data-op') + ':' + i;
      });
    });
    drawHour();
  }

  function focusButton(li, op) {
    var button = li && li.querySelector('button[data-op="' + op + '"]');
    if (button) { button.focus(); li.scrollIntoView({block: 'nearest'}); }
  }
  function moved(li) {
    var all = blocks();
    announce(say('moved', all.indexOf(li) + 1, all.length));
  }
  function enableDrag(li) {
    var handle = li.querySelector('.drag-handle');
    if (!handle) { return; }
    handle.hidden = false;
    handle.addEventListener('mousedown', function () { li.draggable = true; });
    handle.addEventListener('mouseup', function () { li.draggable = false; });
    li.addEventListener('dragend', function () { li.draggable = false; li.classList.remove('dragging'); });
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-op]');
    if (!button) { return; }
    var op = button.getAttribute('data-op');
    var li = button.closest('li.plan-block');
    event.preventDefault();
    if (op === 'add') {
      var added = template.content.firstElementChild.cloneNode(true);
      list.appendChild(added);
      enableDrag(added);
      renumber();
      announce(say('added', blocks().length));
      added.querySelector('select').focus();
      return;
    }
    if (op === 'remove') {
      var next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      renumber();
      announce(say('removed', blocks().length));
      focusButton(next, 'remove');
      return;
    }
    if (op === 'up' && li.previousElementSibling) {
      list.insertBefore(li, li.previousElementSibling);
    } else if (op === 'down' && li.nextElementSibling) {
      list.insertBefore(li.nextElementSibling, li);
    }
    renumber();
    moved(li);
    focusButton(li, op);
  });

  var dragged = null;
  list.addEventListener('dragstart', function (event) {
    dragged = event.target.closest('li.plan-block');
    if (!dragged) { return; }
    dragged.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.id);
  });
  list.addEventListener('dragover', function (event) {
    var over = event.target.closest('li.plan-block');
    if (!dragged || !over || over === dragged) { return; }
    event.preventDefault();
    var box = over.getBoundingClientRect();
    list.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? over.nextElementSibling : over);
  });
  list.addEventListener('drop', function (event) {
    if (!dragged) { return; }
    event.preventDefault();
    var li = dragged;
    dragged = null;
    li.classList.remove('dragging');
    renumber();
    moved(li);
  });

  form.addEventListener('input', function (event) {
    if (event.target.classList.contains('block-minutes')) { drawHour(); }
  });
  form.addEventListener('change', function (event) {
    if (event.target.matches('select[data-field="phase"]')) { drawHour(); }
  });

  blocks().forEach(enableDrag);
  var focus = parseInt(form.getAttribute('data-focus'), 10);
  if (focus >= 0 && blocks()[focus]) { focusButton(blocks()[focus], 'up'); }
  drawHour();
})();
