// portsite live reload (served only by `portsite serve`): reloads the page when the sources
// changed; when a change breaks the site, shows the error over the last good page.
(function () {
  "use strict";
  var overlay = null;

  function showError(text) {
    // The error page portsite shows while no good state exists already says it all.
    if (document.documentElement.hasAttribute("data-portsite-error")) {
      return;
    }
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.title = "Click to hide";
      // Styles go through the CSSOM: the Content-Security-Policy forbids inline style markup.
      var s = overlay.style;
      s.position = "fixed";
      s.top = s.left = s.right = s.bottom = "0";
      s.zIndex = "2147483647";
      s.overflow = "auto";
      s.margin = "0";
      s.padding = "1.5rem";
      s.background = "rgba(24, 24, 24, 0.95)";
      s.color = "#ffd2cc";
      s.font = "14px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace";
      s.whiteSpace = "pre-wrap";
      s.direction = "ltr";
      s.textAlign = "left";
      overlay.addEventListener("click", function () {
        overlay.style.display = "none";
      });
      document.body.appendChild(overlay);
    }
    // textContent, never innerHTML: the error quotes user files.
    overlay.textContent =
      "portsite: the last change broke the site; you are looking at the last good page.\n\n" + text;
    overlay.style.display = "block";
  }

  var source = new EventSource("/__portsite/events");
  source.addEventListener("reload", function () {
    location.reload();
  });
  source.addEventListener("build-error", function (event) {
    showError(event.data);
  });
})();
