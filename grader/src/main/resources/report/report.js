// Stepping through an interleaving: buttons and arrow keys move a cursor over the steps; the rows
// after it fade, and the position line says which thread did what and the shared values then.
document.querySelectorAll('figure.timeline').forEach(function (figure) {
  var rows = Array.prototype.slice.call(figure.querySelectorAll('tr.step'));
  var whys = Array.prototype.slice.call(figure.querySelectorAll('tr.why'));
  var lanes = Array.prototype.slice.call(figure.querySelectorAll('thead th')).slice(1);
  var position = figure.querySelector('.position');
  var current = -1;

  function show(step) {
    current = Math.max(-1, Math.min(rows.length - 1, step));
    figure.setAttribute('data-current', current);
    rows.forEach(function (row, k) {
      row.classList.toggle('current', k === current);
      row.classList.toggle('future', current >= 0 && k > current);
      row.querySelector('.cursor').textContent = k === current ? '\u25b6' : '';
    });
    whys.forEach(function (why) {
      why.classList.toggle('future', current >= 0 && Number(why.getAttribute('data-why')) > current);
    });
    if (current < 0) {
      position.textContent = 'all ' + rows.length + ' steps shown';
      return;
    }
    var row = rows[current];
    var thread = Number(row.getAttribute('data-thread'));
    var text = row.querySelectorAll('td.lane')[thread].textContent.trim();
    var values = row.getAttribute('data-values');
    var why = figure.querySelector('tr.why[data-why="' + current + '"]');
    position.textContent = 'step ' + (current + 1) + ' of ' + rows.length + ': ' + lanes[thread].textContent
        + ' \u2014 ' + text + (values ? '; shared values now: ' + values : '')
        + (why ? ' ' + why.textContent.trim() : '');
    row.scrollIntoView({block: 'nearest'});
  }

  function markedStep() {
    for (var k = 0; k < rows.length; k++) {
      if (rows[k].classList.contains('mark')) {
        return k;
      }
    }
    return rows.length - 1;
  }

  function go(where) {
    if (where === 'first') {
      show(0);
    } else if (where === 'back') {
      show(current <= 0 ? 0 : current - 1);
    } else if (where === 'next') {
      show(current + 1);
    } else if (where === 'mark') {
      show(markedStep());
    } else if (where === 'last') {
      show(rows.length - 1);
    }
  }

  figure.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-go]');
    if (button) {
      go(button.getAttribute('data-go'));
    }
  });
  figure.addEventListener('keydown', function (event) {
    var keys = {ArrowRight: 'next', ArrowDown: 'next', ArrowLeft: 'back', ArrowUp: 'back', Home: 'first', End: 'last'};
    if (keys[event.key]) {
      event.preventDefault();
      go(keys[event.key]);
    }
  });
});
