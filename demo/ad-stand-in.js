// Demo-only stand-in for an ad tag that reads the IAB TCF signals, the way Google's and the SSPs' tags do:
// it calls __tcfapi('addEventListener') and decides on `tcloaded` (a returning reader) or
// `useractioncomplete` (a choice just made), never on `cmpuishown` (the reader has not answered yet).
// On the page itself it calls window.__tcfapi; in a frame on another origin, where there is none, it
// finds the ancestor with the `__tcfapiLocator` frame and asks through postMessage, matching each
// answer by its callId (CMP API v2, "How can vendors that use iframes call the CMP API from an iframe?").
//
// What it shows, in the element with id `ad-slot` (and each event in `ad-log`):
//   personalised      consent to purposes 1 (store/access), 3 and 4 (personalised-ads profile and
//                     selection) and to the ad vendor (GVL ID 755, Google Advertising Products)
//   non-personalised  consent to purpose 1 and to the vendor, not to 3 and 4
//   no ad             anything less. A real ad server may serve a limited ad here; this stand-in does not.
(function () {
  'use strict';
  var VENDOR = 755;
  var slot = document.getElementById('ad-slot');
  var log = document.getElementById('ad-log');

  function decide(tcData) {
    if (tcData.gdprApplies === false) return 'personalised';
    var purposes = tcData.purpose.consents;
    if (!purposes[1] || !tcData.vendor.consents[VENDOR]) return 'no ad';
    return purposes[3] && purposes[4] ? 'personalised' : 'non-personalised';
  }

  function show(tcData, success) {
    if (!success) return;
    if (log) {
      var item = document.createElement('li');
      item.textContent = tcData.eventStatus + (tcData.tcString ? ': ' + tcData.tcString.slice(0, 24) + '…' : '');
      log.append(item);
    }
    if (tcData.eventStatus != 'tcloaded' && tcData.eventStatus != 'useractioncomplete') return;
    var kind = decide(tcData);
    slot.dataset.ad = kind.replace(' ', '-');
    slot.textContent = kind == 'no ad' ? 'No ad: no consent to show one' : 'Advert (' + kind + ')';
  }

  // On the page: the CMP (or the stub that queues for it) is right here.
  if (typeof window.__tcfapi == 'function') return window.__tcfapi('addEventListener', 2, show);

  // In a frame: find the CMP's frame, then ask through postMessage.
  var cmpFrame = null;
  for (var frame = window; frame; frame = frame.parent) {
    try {
      if (frame.frames.__tcfapiLocator) {
        cmpFrame = frame;
        break;
      }
    } catch {
      // An ancestor on another origin that has no such frame.
    }
    if (frame === window.top) break;
  }
  if (!cmpFrame) {
    slot.textContent = 'No ad: no CMP on this page';
    return;
  }
  var callbacks = {};
  window.addEventListener('message', function (event) {
    var data = typeof event.data == 'string' ? JSON.parse(event.data) : event.data;
    var answer = data && data.__tcfapiReturn;
    if (answer && callbacks[answer.callId]) callbacks[answer.callId](answer.returnValue, answer.success);
  });
  var callId = 'ad-frame-' + Math.random().toString(36).slice(2);
  callbacks[callId] = show;
  cmpFrame.postMessage({ __tcfapiCall: { command: 'addEventListener', version: 2, callId: callId } }, '*');
})();
