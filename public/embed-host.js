// Optional host script for portals that embed charts of the anti-trafficking
// report viewer. Include it once on the page, e.g.
//   <script src="https://your-host/report/embed-host.js" defer></script>
// (or copy this file to your own server). Every iframe showing a viewer's
// embed.html is then resized to its content. Without it, iframes keep the
// height given in their height attribute.
//
// Message shape, sent by the embedded chart to its parent window:
//   { type: "tip-report-viewer:height", chart: "tiers", height: 812 }
// Only messages from the origin an iframe was loaded from, and from that
// iframe's own window, are used.
(function () {
  'use strict';
  var TYPE = 'tip-report-viewer:height';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin) return;
      var height = Math.max(120, Math.min(Math.ceil(data.height), 20000));
      // CSSOM, not a style attribute: allowed under a strict style-src.
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
})();
