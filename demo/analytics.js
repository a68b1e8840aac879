// A stand-in analytics vendor for the demo. The page includes it only as a gated script:
//   <script type="text/plain" data-category="analytics" src="/demo/analytics.js"></script>
// so it runs once the reader grants "analytics". It sets the _demo_analytics cookie and
// updates #analytics-status ("Analytics: blocked" in the HTML, then "running"; "stopped" after an opt-out).
(function () {
  'use strict';

  var a = window.demoAnalytics || (window.demoAnalytics = { loads: 0, running: false, pageviews: 0 });
  a.loads += 1; // the widget must run a gated script once: this stays 1

  function whenReady(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function show() {
    whenReady(function () {
      var el = document.getElementById('analytics-status');
      if (el) {
        el.textContent = 'Analytics: ' + (a.running ? 'running' : 'stopped');
        el.setAttribute('data-state', a.running ? 'running' : 'stopped');
        el.setAttribute('data-runs', String(a.loads));
      }
      if (window.demoStatus) window.demoStatus.refresh();
    });
  }

  a.start = function () {
    if (a.running) return;
    a.running = true;
    a.pageviews += 1;
    document.cookie = '_demo_analytics=1; path=/; max-age=31536000; SameSite=Lax';
    show();
  };

  // The vendor's opt-out API, called when consent is withdrawn. Deleting the cookie is the widget's job.
  a.stop = function () {
    if (!a.running) return;
    a.running = false;
    show();
  };

  if (a.loads === 1) {
    document.addEventListener('consent-change', function (e) {
      var cc = window.CookieConsent;
      var ok =
        cc && typeof cc.hasConsent === 'function'
          ? cc.hasConsent('analytics')
          : ((e.detail && e.detail.accepted) || []).indexOf('analytics') !== -1;
      if (ok) a.start();
      else a.stop();
    });
  }

  a.start();
})();
