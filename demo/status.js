// Demo-only "Consent status" panel: shows what the reader has granted, what gated code ran,
// the cookies the page can see, and the widget's events. Plain JS, no build.
//
// Load it as a classic script in <head>, BEFORE the widget, so its listeners catch `consent-ready`.
// It fills whichever of these elements a page has (all optional):
//   #status-widget      "Widget: not loaded" | "Widget: starting" | "Widget: ready"   (data-state missing|starting|ready)
//   #status-choice      "No choice stored yet" | "Choice stored …"                       (data-state none|stored)
//   #status-categories  one row per configured category and service; each value is
//                       #status-<category> / #status-<category>-<service>: "granted" | "refused" | "no choice yet"
//                       (data-state granted|refused|pending)
//   #video-status       "Video: blocked" | "Video: loaded"   (set when /demo/embed/video.html reports it loaded)
//   #pixel-status       "Pixel: blocked" | "Pixel: loaded"   (set when the gated <img id="analytics-pixel"> loads)
//   #status-note        shown when code ran and its consent was withdrawn later
//   #status-cookies     document.cookie, one cookie a line
//   #status-events      the consent events received, oldest first
//   #demo-reset         button: window.CookieConsent.reset()
// #analytics-status and #ads-status belong to the gated scripts themselves (analytics.js, the inline ad script).
// window.demoStatus = { events, refresh() } for the gated scripts and for tests.
(function () {
  'use strict';

  var DEFAULT_TITLES = {
    necessary: 'Strictly necessary',
    functional: 'Functional',
    analytics: 'Analytics',
    marketing: 'Marketing',
  };

  var events = [];
  var ready = false;
  var lastRecord = null; // consent from the latest event, used when the API is not there
  var domReady = false;

  function $(id) {
    return document.getElementById(id);
  }

  function api() {
    var cc = window.CookieConsent;
    return cc && typeof cc.hasConsent === 'function' ? cc : null;
  }

  function config() {
    var c = window.cookieConsentConfig;
    return c && c.categories && typeof c.categories === 'object' ? c : { categories: {} };
  }

  function titleOf(name, def) {
    var t = def && def.title;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object') return t.en || t[Object.keys(t)[0]] || name;
    return DEFAULT_TITLES[name] || name;
  }

  function record() {
    var cc = api();
    if (cc && typeof cc.getConsent === 'function') {
      try {
        return cc.getConsent();
      } catch {
        return null;
      }
    }
    return lastRecord;
  }

  function granted(category, service) {
    var cc = api();
    if (cc) {
      try {
        return !!(service === undefined ? cc.hasConsent(category) : cc.hasConsent(category, service));
      } catch {
        return false;
      }
    }
    // No widget: only what a stored record from an event says (nothing, without the widget).
    var rec = lastRecord;
    if (!rec || !rec.categories || rec.categories.indexOf(category) === -1) return false;
    if (service === undefined) return true;
    var list = rec.services && rec.services[category];
    return !list || list.indexOf(service) !== -1;
  }

  function setText(el, text, state) {
    if (!el) return;
    if (el.textContent !== text) el.textContent = text;
    if (state !== undefined && el.getAttribute('data-state') !== state) el.setAttribute('data-state', state);
  }

  function categoryState(category, service, hasChoice) {
    if (granted(category, service)) return 'granted';
    return hasChoice ? 'refused' : 'pending';
  }

  var STATE_TEXT = { granted: 'granted', refused: 'refused', pending: 'no choice yet' };

  function renderCategories(hasChoice) {
    var list = $('status-categories');
    if (!list) return;
    var cats = config().categories;
    Object.keys(cats).forEach(function (name) {
      var def = cats[name] || {};
      row(list, 'status-' + name, titleOf(name, def), categoryState(name, undefined, hasChoice), false);
      var services = def.services && typeof def.services === 'object' ? def.services : {};
      Object.keys(services).forEach(function (svc) {
        var sdef = services[svc] || {};
        var title = typeof sdef.title === 'string' ? sdef.title : (sdef.title && sdef.title.en) || svc;
        row(list, 'status-' + name + '-' + svc, title, categoryState(name, svc, hasChoice), true);
      });
    });
  }

  function row(list, id, label, state, nested) {
    var dd = $(id);
    if (!dd) {
      var wrap = document.createElement('div');
      wrap.className = nested ? 'status-row status-row--service' : 'status-row';
      var dt = document.createElement('dt');
      dt.textContent = label;
      dd = document.createElement('dd');
      dd.id = id;
      wrap.appendChild(dt);
      wrap.appendChild(dd);
      list.appendChild(wrap);
    }
    setText(dd, STATE_TEXT[state], state);
  }

  function renderCookies() {
    var el = $('status-cookies');
    if (!el) return;
    var cookies = document.cookie
      .split(';')
      .map(function (c) {
        return c.trim();
      })
      .filter(Boolean)
      .map(function (c) {
        var i = c.indexOf('=');
        var name = i === -1 ? c : c.slice(0, i);
        var value = i === -1 ? '' : c.slice(i + 1);
        try {
          value = decodeURIComponent(value);
        } catch {
          // show it raw
        }
        return name + '=' + value;
      });
    setText(el, cookies.length ? cookies.join('\n') : '(no cookies)', cookies.length ? 'some' : 'none');
  }

  function formatTime(ts) {
    var d = new Date(ts);
    if (isNaN(d.getTime())) return '';
    return d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  }

  function render() {
    if (!domReady) return;
    var cc = api();
    setText(
      $('status-widget'),
      !cc ? 'Widget: not loaded' : ready ? 'Widget: ready' : 'Widget: starting',
      !cc ? 'missing' : ready ? 'ready' : 'starting',
    );
    var rec = record();
    var hasChoice = !!rec;
    setText(
      $('status-choice'),
      hasChoice ? 'Choice stored ' + formatTime(rec.ts) : 'No choice stored yet',
      hasChoice ? 'stored' : 'none',
    );
    var reset = $('demo-reset');
    if (reset) reset.disabled = !cc;

    renderCategories(hasChoice);
    renderCookies();

    // Code that already ran cannot be unloaded: say so when its consent has gone.
    var stale = [];
    var ads = $('ads-status');
    if (ads && ads.getAttribute('data-state') === 'running' && !granted('marketing', 'ads')) stale.push('advert');
    var video = $('video-status');
    if (video && video.getAttribute('data-state') === 'loaded' && !granted('marketing', 'video')) stale.push('video');
    var note = $('status-note');
    if (note) {
      note.hidden = stale.length === 0;
      setText(
        note,
        stale.length
          ? 'Consent withdrawn after loading, so still on the page until it reloads: ' + stale.join(', ') + '.'
          : '',
      );
    }
  }

  function describe(type, detail) {
    detail = detail || {};
    var c = detail.consent;
    if (type === 'consent-ready') {
      return 'consent-ready: ' + (c ? 'stored choice (' + (c.categories || []).join(', ') + ')' : 'no stored choice');
    }
    var parts = ['accepted ' + ((detail.accepted || []).join(', ') || 'none')];
    parts.push('rejected ' + ((detail.rejected || []).join(', ') || 'none'));
    if (detail.changed) parts.push('changed ' + (detail.changed.join(', ') || 'none'));
    return 'consent-change' + (detail.first ? ' (first choice)' : '') + ': ' + parts.join('; ');
  }

  function logEvent(type, detail) {
    var entry = { type: type, detail: detail, time: Date.now() };
    events.push(entry);
    if (!domReady) return;
    appendEvent(entry);
  }

  function appendEvent(entry) {
    var list = $('status-events');
    if (!list) return;
    var li = document.createElement('li');
    li.setAttribute('data-event', entry.type);
    li.textContent = describe(entry.type, entry.detail);
    list.appendChild(li);
  }

  function onConsentEvent(e) {
    var detail = e.detail || {};
    if (detail.consent !== undefined) lastRecord = detail.consent;
    if (e.type === 'consent-ready') ready = true;
    logEvent(e.type, detail);
    render();
  }

  document.addEventListener('consent-ready', onConsentEvent);
  document.addEventListener('consent-change', onConsentEvent);

  // The gated analytics pixel (<img data-category="analytics" data-src=…>): load events don't bubble, so capture.
  document.addEventListener(
    'load',
    function (e) {
      var t = e.target;
      if (t && t.id === 'analytics-pixel') {
        setText($('pixel-status'), 'Pixel: loaded', 'loaded');
        render();
      }
    },
    true,
  );

  // The stand-in video player says when it has loaded (it is "third-party", so it uses postMessage).
  window.addEventListener('message', function (e) {
    if (e.origin !== window.location.origin || !e.data || e.data.type !== 'demo-video') return;
    var el = $('video-status');
    if (!el) return;
    var runs = Number(el.getAttribute('data-runs') || 0) + 1;
    el.setAttribute('data-runs', String(runs));
    setText(el, 'Video: loaded', 'loaded');
    render();
  });

  function start() {
    domReady = true;
    events.forEach(appendEvent);
    var reset = $('demo-reset');
    if (reset) {
      reset.addEventListener('click', function () {
        var cc = api();
        if (cc && typeof cc.reset === 'function') cc.reset();
        render();
      });
    }
    render();
    // Gated code may set cookies at any moment; keep the cookie list current.
    setInterval(renderCookies, 1000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  // Whatever the widget did before the DOM was ready, show its state once the page has loaded.
  window.addEventListener('load', render);

  window.demoStatus = { events: events, refresh: render };
})();
