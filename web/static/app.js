// Small conveniences; every page works without them.
(function () {
  "use strict";
  // "/" focuses the search box (unless typing in a field).
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); }
  });
  // On an article opened at a highlighted sentence, bring it into view.
  var hl = document.getElementById("hl");
  if (hl && hl.scrollIntoView) hl.scrollIntoView({ block: "center" });
})();
