// Click-to-jump highlighting. Every link already works as a plain #anchor; this only outlines the passage
// and its counterparts and scrolls each of them into view inside its own column.
(function () {
  "use strict";
  var lit = [];
  function clear() { lit.forEach(function (e) { e.classList.remove("hl"); }); lit = []; }
  function light(id) {
    var parts = document.querySelectorAll('[data-passage="' + id + '"]');
    Array.prototype.forEach.call(parts, function (e) { e.classList.add("hl"); lit.push(e); });
    return document.getElementById(id);
  }
  function counterparts(id) {
    var p = document.getElementById(id);
    if (!p) { return []; }
    return Array.prototype.map.call(p.querySelectorAll("a.jump"), function (a) {
      return a.getAttribute("href").slice(1);
    });
  }
  function reveal(e) {
    var pane = e && e.closest(".text");
    if (!pane || pane.scrollHeight <= pane.clientHeight) { return; }
    var top = e.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += top - pane.clientHeight / 4;
  }
  function show(id, revealAll) {
    clear();
    var self = light(id);
    if (!self) { return; }
    var others = counterparts(id).map(light);
    if (!revealAll) {
      others.forEach(reveal);
      return;
    }
    var columns = document.querySelector(".columns");
    var pane = self.closest(".text");
    if (columns && pane && pane.scrollHeight > pane.clientHeight) {
      window.scrollBy(0, columns.getBoundingClientRect().top - 8); // both panes in view, side by side
    }
    [self].concat(others).forEach(reveal);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href^='#']");
    if (a) {
      var id = a.getAttribute("href").slice(1);
      if (document.querySelector('[data-passage="' + id + '"]')) {
        // after the browser's own jump to the anchor, line both sides up
        window.setTimeout(function () { show(id, true); }, 0);
      }
      return;
    }
    var p = ev.target.closest("[data-passage]");
    if (p && !(window.getSelection && String(window.getSelection()))) {
      show(p.getAttribute("data-passage"), false);
    }
  });
  window.addEventListener("load", function () {
    // opened at an anchor: after the browser's jump, line both sides up
    if (location.hash.length > 1) { window.setTimeout(function () { show(location.hash.slice(1), true); }, 0); }
  });
})();
