// Draws the outcome charts from the page's JSON block (tables below each chart hold the same figures).
(function () {
  var block = document.getElementById('outcome-chart-data');
  if (!block || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(block.textContent);
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.animation = still ? false : Chart.defaults.animation;
  Chart.defaults.maintainAspectRatio = false;

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
        { type: 'bar', label: 'Headache days', data: weeks.headache, backgroundColor: '#c8402f' },
        { type: 'bar', label: 'Days logged', data: weeks.logged, backgroundColor: '#d5dde3' },
        { type: 'line', label: 'Session that week', showLine: false, pointStyle: 'triangle', pointRadius: 8,
          backgroundColor: '#2c6e8f', borderColor: '#2c6e8f',
          data: weeks.sessions.map(function (n) { return n > 0 ? 7 : null; }) }
      ]
    },
    options: { scales: { y: { min: 0, max: 7, ticks: { stepSize: 1 }, title: { display: true, text: 'days' } } } }
  });

  draw('chart-pain', {
    type: 'bar',
    data: {
      labels: data.pain.labels,
      datasets: [
        { label: 'Pain before', data: data.pain.before, backgroundColor: '#f5a25d' },
        { label: 'Pain after', data: data.pain.after, backgroundColor: '#2c6e8f' }
      ]
    },
    options: { scales: { y: { min: 0, max: 10, ticks: { stepSize: 1 } } } }
  });

  draw('chart-midas', {
    type: 'line',
    data: {
      labels: data.midas.labels,
      datasets: [{ label: 'MIDAS score', data: data.midas.scores, borderColor: '#2c6e8f', backgroundColor: '#2c6e8f' }]
    },
    options: { scales: { y: { min: 0, title: { display: true, text: 'score' } } } }
  });
})();
