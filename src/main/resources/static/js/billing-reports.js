// Draws the money reports' bar charts from the page's JSON block (the table beside each chart holds the same figures).
(function () {
  var block = document.getElementById('money-chart-data');
  if (!block || typeof Chart === 'undefined') { return; }
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.animation = still ? false : Chart.defaults.animation;
  Chart.defaults.maintainAspectRatio = false;
  JSON.parse(block.textContent).forEach(function (chart) {
    var canvas = document.getElementById(chart.canvas);
    if (!canvas) { return; }
    canvas.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: [{ label: chart.label, data: chart.values.map(Number), backgroundColor: '#2c6e8f' }]
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { min: 0 } } }
    });
  });
})();
