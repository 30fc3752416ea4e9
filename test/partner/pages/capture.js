/*
 * Injected first into demo pages by test/server/partner.middleware.mjs: records errors, console errors
 * and failed resource loads on window.__partner.
 */
(function () {
  var record = { errors: [] };
  window.__partner = record;
  window.addEventListener('error', function (event) {
    var target = event.target;
    record.errors.push(String(event.message || (target && (target.src || target.href)) || 'error'));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason));
  });
  var error = console.error.bind(console);
  console.error = function () {
    record.errors.push(Array.prototype.map.call(arguments, String).join(' '));
    error.apply(console, arguments);
  };
})();
