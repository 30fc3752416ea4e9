/*
 * First script of every partner test page and of the demo pages under test (classic, so it runs before the
 * module bundle): records what a partner would see go wrong. Everything lands on window.__partner for the
 * test in the parent page.
 * It uses no HTML sinks, so it runs under `require-trusted-types-for 'script'`.
 */
(function () {
  var record = {
    errors: [],
    warnings: [],
    violations: [],
    shifts: [],
    resources: [],
    layoutShiftSupported: false,
    sentinel: [],
    startUrl: location.href,
    startHistory: history.length,
  };
  window.__partner = record;

  var params = new URLSearchParams(location.search);
  var lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  // ?scheme=light%20dark: the page declares that colour scheme (a partner's own CSS would).
  var scheme = params.get('scheme');
  if (scheme) document.documentElement.style.colorScheme = scheme;

  window.addEventListener('error', function (event) {
    record.errors.push(String(event.message || (event.target && (event.target.src || event.target.href)) || 'error'));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason));
  });
  var error = console.error.bind(console);
  console.error = function () {
    record.errors.push(Array.prototype.map.call(arguments, String).join(' '));
    error.apply(console, arguments);
  };
  var warn = console.warn.bind(console);
  console.warn = function () {
    record.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    warn.apply(console, arguments);
  };
  record.console = [];
  ['log', 'info', 'debug'].forEach(function (name) {
    var original = console[name].bind(console);
    console[name] = function () {
      record.console.push(Array.prototype.map.call(arguments, String).join(' '));
      original.apply(console, arguments);
    };
  });
  record.events = [];
  ['ogv-results-change', 'ogv-resource-open', 'ogv-helpline-contact', 'ogv-quick-exit'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      record.events.push(name + ' ' + JSON.stringify(event.detail));
    });
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
  });

  if (typeof PerformanceObserver !== 'undefined') {
    var types = PerformanceObserver.supportedEntryTypes || [];
    if (types.indexOf('layout-shift') >= 0) {
      record.layoutShiftSupported = true;
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          record.shifts.push({
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            time: Math.round(entry.startTime),
            sources: (entry.sources || []).map(function (source) {
              var node = source.node;
              var name = node ? (node.id ? '#' + node.id : node.nodeName) : '?';
              return name + ' ' + Math.round(source.previousRect.y) + '→' + Math.round(source.currentRect.y) +
                ' h' + Math.round(source.previousRect.height) + '→' + Math.round(source.currentRect.height);
            }),
          });
        });
      }).observe({ type: 'layout-shift', buffered: true });
    }
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        record.resources.push(entry.name);
      });
    }).observe({ type: 'resource', buffered: true });
  }

  record.defined = {};
  if (window.customElements) {
    ['ogv-resource-finder', 'ogv-helpline-banner', 'ogv-quick-exit', 'ogv-report-path'].forEach(function (tag) {
      customElements.whenDefined(tag).then(function () {
        record.defined[tag] = Math.round(performance.now());
      });
    });
  }
  // When the widgets present in the markup have rendered once: the start of "after load" for layout shifts.
  document.addEventListener('DOMContentLoaded', function () {
    var present = ['ogv-resource-finder', 'ogv-helpline-banner', 'ogv-quick-exit', 'ogv-report-path'].filter(function (tag) {
      return document.querySelector(tag);
    });
    if (!present.length || !window.customElements) return;
    Promise.all(present.map(function (tag) { return customElements.whenDefined(tag); }))
      .then(function () {
        return Promise.all(Array.prototype.map.call(document.querySelectorAll(present.join(',')), function (el) {
          return el.updateComplete;
        }));
      })
      .then(function () {
        // "After load": once the page has loaded AND the frame with the first render has been produced (two
        // animation frames; a timer stands in where a page is not painted). Shifts of that first frame are
        // the elements' upgrade, which partners avoid with the `:not(:defined)` rule of the partner guide.
        return new Promise(function (resolve) {
          function afterFrames() {
            var done = false;
            var finish = function () { if (!done) { done = true; resolve(); } };
            requestAnimationFrame(function () { requestAnimationFrame(finish); });
            setTimeout(finish, 250);
          }
          if (document.readyState === 'complete') afterFrames();
          else window.addEventListener('load', afterFrames, { once: true });
        });
      })
      .then(function () {
        setTimeout(function () {
          record.renderedAt = Math.round(performance.now());
          var after = document.getElementById('after');
          if (after) {
            // The baseline for "after load": where the host text sits once the widgets have rendered.
            record.sentinel.push({ top: Math.round(after.getBoundingClientRect().top + window.scrollY), time: record.renderedAt });
          }
        }, 0);
      });
  });
  var paints = [];
  record.paints = paints;
  if (typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        paints.push(entry.name + ' ' + Math.round(entry.startTime));
      });
    }).observe({ type: 'paint', buffered: true });
  }

  // Where #after (host content below the widgets) sits in every frame: a layout-shift measure that also
  // works where the Layout Instability API does not (Firefox).
  function sample() {
    var after = document.getElementById('after');
    if (after) {
      var top = Math.round(after.getBoundingClientRect().top + window.scrollY);
      var last = record.sentinel[record.sentinel.length - 1];
      if (!last || last.top !== top) record.sentinel.push({ top: top, time: Math.round(performance.now()) });
    }
  }
  // Every frame and every 20 ms (timers run even where a hidden frame gets no animation frames).
  function onFrame() {
    sample();
    if (performance.now() < 15000) requestAnimationFrame(onFrame);
  }
  requestAnimationFrame(onFrame);
  var timer = setInterval(function () {
    sample();
    if (performance.now() > 15000) clearInterval(timer);
  }, 20);

  // ?movement: how far the host's own content moves from where it was first drawn, in every animation frame
  // (what is about to be painted), for 8 s. A layout-shift measure for every browser (Firefox has no layout-shift entries): each host
  // element (not a widget, nothing inside one) is placed in the page when it first has a box; record.movement
  // keeps the largest distance since, in CSS px, of an element on screen before or after it moved (from and to:
  // its "x,y" in the page).
  // bench/measure/layout-shift.mjs injects this file into the pages it measures, with ?movement.
  if (/[?&]movement(=|&|$)/.test(location.search)) {
    var WIDGETS = 'ogv-quick-exit, ogv-helpline-banner, ogv-resource-finder, ogv-report-path';
    var SKIP = { SCRIPT: 1, STYLE: 1, LINK: 1, META: 1, BASE: 1, TEMPLATE: 1, NOSCRIPT: 1, BR: 1, WBR: 1 };
    var placed = new Map();
    var movement = { max: 0, element: '', from: '', to: '', time: 0, frames: 0, elements: 0 };
    record.movement = movement;
    var name = function (el) {
      var text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return el.localName + (el.id ? '#' + el.id : '') + (text ? ' "' + text + '"' : '');
    };
    var measureMovement = function () {
      if (!document.body) return;
      movement.frames += 1;
      var width = window.innerWidth;
      var height = window.innerHeight;
      var all = document.body.getElementsByTagName('*');
      for (var i = 0; i < all.length; i++) {
        var el = all[i];
        if (SKIP[el.nodeName] || el.closest(WIDGETS)) continue;
        var r = el.getBoundingClientRect();
        if (!r.width && !r.height) continue;
        var onScreen = r.bottom > 0 && r.top < height && r.right > 0 && r.left < width;
        var x = Math.round(r.left + window.scrollX);
        var y = Math.round(r.top + window.scrollY);
        var first = placed.get(el);
        if (!first) {
          placed.set(el, { x: x, y: y, onScreen: onScreen });
          movement.elements = placed.size;
          continue;
        }
        var distance = Math.max(Math.abs(x - first.x), Math.abs(y - first.y));
        if (distance > movement.max && (first.onScreen || onScreen)) {
          movement.max = distance;
          movement.element = name(el);
          movement.from = first.x + ',' + first.y;
          movement.to = x + ',' + y;
          movement.time = Math.round(performance.now());
        }
      }
    };
    var movementFrame = function () {
      measureMovement();
      if (performance.now() < 8000) requestAnimationFrame(movementFrame);
    };
    requestAnimationFrame(movementFrame);
  }
})();
