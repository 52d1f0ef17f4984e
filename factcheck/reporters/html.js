// The HTML report's behaviour: show a figure's details, filter by verdict, move from
// problem to problem. It reads only the page's own markup: no text from a draft or a
// registry ever passes through this script.
(function () {
  "use strict";
  var figures = Array.prototype.slice.call(document.querySelectorAll("button.figure"));
  var filters = Array.prototype.slice.call(document.querySelectorAll("input[data-verdict]"));
  var empty = document.getElementById("details-empty");
  var current = null;

  function detailsOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function show(button) {
    if (current) {
      current.setAttribute("aria-expanded", "false");
      current.classList.remove("current");
      detailsOf(current).hidden = true;
    }
    current = button;
    empty.hidden = button !== null;
    if (button) {
      button.setAttribute("aria-expanded", "true");
      button.classList.add("current");
      detailsOf(button).hidden = false;
    }
  }

  function shown(button) {
    return !button.classList.contains("filtered");
  }

  function applyFilters() {
    var hidden = {};
    filters.forEach(function (box) { hidden[box.getAttribute("data-verdict")] = !box.checked; });
    figures.forEach(function (button) {
      var off = hidden[button.getAttribute("data-verdict")] === true;
      button.classList.toggle("filtered", off);
      button.tabIndex = off ? -1 : 0;
      button.setAttribute("aria-disabled", off ? "true" : "false");
    });
    if (current && !shown(current)) { show(null); }
  }

  // The next (step 1) or previous (step -1) problem shown, after the figure in view, round the end.
  function step(direction) {
    var problems = figures.filter(function (b) { return b.hasAttribute("data-problem") && shown(b); });
    if (problems.length === 0) { return; }
    var from = current || (figures.indexOf(document.activeElement) >= 0 ? document.activeElement : null);
    var at = from ? figures.indexOf(from) : -1;
    var next = null;
    if (direction > 0) {
      next = problems.filter(function (b) { return figures.indexOf(b) > at; })[0] || problems[0];
    } else {
      var before = problems.filter(function (b) { return at < 0 || figures.indexOf(b) < at; });
      next = before[before.length - 1] || problems[problems.length - 1];
    }
    show(next);
    next.focus();
  }

  figures.forEach(function (button) {
    button.addEventListener("click", function () {
      if (shown(button)) { show(button === current ? null : button); }
    });
  });
  filters.forEach(function (box) { box.addEventListener("change", applyFilters); });
  document.getElementById("next-problem").addEventListener("click", function () { step(1); });
  document.getElementById("previous-problem").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "n" || event.key === "j") { step(1); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { step(-1); event.preventDefault(); }
    else if (event.key === "Escape" && current) { var was = current; show(null); was.focus(); }
  });
  applyFilters();
})();
