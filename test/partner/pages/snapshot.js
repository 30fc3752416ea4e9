/*
 * Runs at the end of <body> of host.html, while the page is parsed and BEFORE the deferred module bundle
 * runs: the computed styles of the host's own elements, to compare with after the widgets render.
 */
(function () {
  var props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'margin-top',
    'margin-bottom', 'padding-top', 'padding-left', 'box-sizing', 'display', 'border-top-width', 'text-transform',
    'letter-spacing', 'text-decoration-line', 'outline-style'];
  window.__hostStyles = function () {
    var out = {};
    document.querySelectorAll('[data-host]').forEach(function (el) {
      var style = getComputedStyle(el);
      out[el.getAttribute('data-host')] = props.map(function (p) { return p + ': ' + style.getPropertyValue(p); });
    });
    var root = getComputedStyle(document.documentElement);
    out[':root custom properties'] = [root.getPropertyValue('--ogv-color-accent'), root.getPropertyValue('--ogv-space')];
    out['document styles'] = [String(document.styleSheets.length), String((document.adoptedStyleSheets || []).length)];
    return out;
  };
  window.__partner.hostStylesBefore = window.__hostStyles();
})();
