// Demo-only stand-in for Google's gtag.js (the demo has no network). It reads window.dataLayer the way
// Google's tags do, so the page shows what they would see:
//   - only `arguments` objects (what gtag() pushes) are commands; plain arrays are ignored by Google's
//     tags, and are listed here as ignored so a broken integration is visible;
//   - entries already queued are processed in order, then dataLayer.push is wrapped to catch new ones;
//   - an update wins over a default for the same consent type, whatever order they arrive in.
// Load it like gtag.js: <script async src="/demo/gtag-stand-in.js"></script>
// It fills (all optional): #gcm-state (a <tbody>, one row per consent type), #gcm-log (an <ol>),
// #gcm-settings (ads_data_redaction / url_passthrough). window.gtagStandIn = { state, log } for tests.
(function () {
  'use strict';

  var TYPES = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
  ];
  var defaults = {};
  var updates = {};
  var settings = {};
  var log = [];

  var dataLayer = (window.dataLayer = window.dataLayer || []);
  if (dataLayer.gtagStandIn) return; // loaded twice
  dataLayer.gtagStandIn = true;

  function isArguments(entry) {
    return Object.prototype.toString.call(entry) === '[object Arguments]';
  }

  function current(type) {
    return updates[type] || defaults[type] || 'not set';
  }

  function describe(values) {
    return Object.keys(values)
      .map(function (key) {
        var v = values[key];
        return key + ': ' + (Array.isArray(v) ? '[' + v.join(', ') + ']' : String(v));
      })
      .join(', ');
  }

  function process(entry) {
    if (Array.isArray(entry)) {
      if (entry[0] === 'consent') log.push({ kind: 'ignored', text: 'IGNORED plain array: ' + JSON.stringify(entry) });
      return;
    }
    if (!isArguments(entry)) return; // dataLayer events ({ event: … }) are for Tag Manager, not gtag.js
    var command = entry[0];
    if (command === 'consent' && (entry[1] === 'default' || entry[1] === 'update')) {
      var values = entry[2] || {};
      var target = entry[1] === 'default' ? defaults : updates;
      TYPES.forEach(function (type) {
        // Region-scoped defaults are applied as if the reader were in one of the regions.
        if (values[type] === 'granted' || values[type] === 'denied') target[type] = values[type];
      });
      log.push({ kind: entry[1], text: 'consent ' + entry[1] + ' — ' + describe(values) });
    } else if (command === 'set' && typeof entry[1] === 'string') {
      settings[entry[1]] = entry[2];
      log.push({ kind: 'set', text: 'set ' + entry[1] + ' = ' + String(entry[2]) });
    } else if (command === 'js' || command === 'config' || command === 'event') {
      log.push({ kind: command, text: command + (command === 'js' ? '' : ' ' + String(entry[1])) });
    }
  }

  function render() {
    var body = document.getElementById('gcm-state');
    if (body) {
      body.replaceChildren.apply(
        body,
        TYPES.map(function (type) {
          var row = document.createElement('tr');
          var name = document.createElement('th');
          name.scope = 'row';
          var code = document.createElement('code');
          code.textContent = type;
          name.append(code);
          var value = document.createElement('td');
          var state = current(type);
          value.textContent = state;
          value.setAttribute(
            'data-state',
            state === 'not set' ? 'pending' : state === 'granted' ? 'granted' : 'refused',
          );
          var from = document.createElement('td');
          from.textContent = updates[type] ? 'update' : defaults[type] ? 'default' : '—';
          row.append(name, value, from);
          return row;
        }),
      );
    }
    var list = document.getElementById('gcm-log');
    if (list) {
      list.replaceChildren.apply(
        list,
        log.map(function (item) {
          var li = document.createElement('li');
          li.textContent = item.text;
          li.setAttribute('data-kind', item.kind);
          return li;
        }),
      );
    }
    var set = document.getElementById('gcm-settings');
    if (set) set.textContent = Object.keys(settings).length ? describe(settings) : '(none)';
  }

  function renderSoon() {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render, { once: true });
    else render();
  }

  dataLayer.forEach(process);
  var push = dataLayer.push;
  dataLayer.push = function () {
    var result = push.apply(dataLayer, arguments);
    for (var i = 0; i < arguments.length; i++) process(arguments[i]);
    renderSoon();
    return result;
  };
  renderSoon();

  window.gtagStandIn = {
    log: log,
    state: function () {
      var out = {};
      TYPES.forEach(function (type) {
        out[type] = current(type);
      });
      return out;
    },
  };
})();
