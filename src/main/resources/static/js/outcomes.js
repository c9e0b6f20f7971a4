// Draws the outcome charts from the page's JSON block (tables below each chart hold the same figures).
(function () {
  var block = document.getElementById('outcome-chart-data');
  if (!block || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(block.textContent);
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.animation = still ? false : Chart.defaults.animation;
  Chart.defaults.maintainAspectRatio = false;
  // numbers as the page writes them: the reader's language with the practice's country (es-US: 6.5)
  Chart.defaults.locale = document.documentElement.dataset.locale || document.documentElement.lang || 'en';

  // Labels come from the page (data-* attributes on each canvas, in the reader's language).
  function label(id, name) {
    var canvas = document.getElementById(id);
    return canvas ? canvas.dataset[name] : '';
  }

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) { canvas.chart = new Chart(canvas, config); }
  }

  var weeks = data.weeks;
  draw('chart-weeks', {
    type: 'bar',
    data: {
      labels: weeks.labels,
      datasets: [
        { type: 'bar', label: label('chart-weeks', 'headache'), data: weeks.headache, backgroundColor: '#c8402f' },
        { type: 'bar', label: label('chart-weeks', 'logged'), data: weeks.logged, backgroundColor: '#d5dde3' },
        { type: 'line', label: label('chart-weeks', 'session'), showLine: false, pointStyle: 'triangle', pointRadius: 8,
          backgroundColor: '#2c6e8f', borderColor: '#2c6e8f',
          data: weeks.sessions.map(function (n) { return n > 0 ? 7 : null; }) }
      ]
    },
    options: { scales: { y: { min: 0, max: 7, ticks: { stepSize: 1 }, title: { display: true, text: label('chart-weeks', 'axis') } } } }
  });

  draw('chart-pain', {
    type: 'bar',
    data: {
      labels: data.pain.labels,
      datasets: [
        { label: label('chart-pain', 'before'), data: data.pain.before, backgroundColor: '#f5a25d' },
        { label: label('chart-pain', 'after'), data: data.pain.after, backgroundColor: '#2c6e8f' }
      ]
    },
    options: { scales: { y: { min: 0, max: 10, ticks: { stepSize: 1 } } } }
  });

  draw('chart-midas', {
    type: 'line',
    data: {
      labels: data.midas.labels,
      datasets: [{ label: label('chart-midas', 'score'), data: data.midas.scores, borderColor: '#2c6e8f', backgroundColor: '#2c6e8f' }]
    },
    options: { scales: { y: { min: 0, title: { display: true, text: label('chart-midas', 'axis') } } } }
  });
})();
