// Click-to-jump highlighting. Every link already works as a plain #anchor; this only outlines the passage
// clicked and its counterparts, and scrolls each counterpart into view inside its own column.
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
  function show(id, revealOthers) {
    clear();
    light(id);
    counterparts(id).forEach(function (other) {
      var e = light(other);
      if (revealOthers) { reveal(e); }
    });
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href^='#']");
    if (a) {
      var id = a.getAttribute("href").slice(1);
      if (document.querySelector('[data-passage="' + id + '"]')) { show(id, false); }
      return;
    }
    var p = ev.target.closest("[data-passage]");
    if (p && !(window.getSelection && String(window.getSelection()))) {
      show(p.getAttribute("data-passage"), true);
    }
  });
  if (location.hash.length > 1) { show(location.hash.slice(1), false); }
})();
