// The handbook's page behaviour: copy buttons on rule cards, filters on the rules index.
// UI only: what a rule says and whether a draft breaks it never comes from here.
(function () {
  "use strict";

  // Copy text to the clipboard; falls back to a hidden text area where the Clipboard API
  // is missing (an intranet served over plain HTTP is not a secure context).
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (error) { done = false; }
      document.body.removeChild(area);
      if (done) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function setUpCard(card) {
    var short = card.querySelector(".hb-rule__short");
    var actions = card.querySelector(".hb-rule__actions");
    var status = card.querySelector(".hb-rule__copied");
    if (!short || !actions || !status || actions.dataset.ready) { return; }
    actions.dataset.ready = "yes";
    var id = card.dataset.ruleId;
    var link = short.href; // the absolute short link, wherever the site is served
    short.dataset.absolute = link;
    var texts = {
      link: link,
      email: id + " \u2014 " + card.dataset.ruleTitle + " \u2014 " + link
    };
    var said = { link: "Link to " + id + " copied.", email: id + " copied for an e-mail." };
    var timer = null;
    actions.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-copy]");
      if (!button) { return; }
      var kind = button.dataset.copy;
      copyText(texts[kind]).then(function () {
        status.textContent = said[kind];
      }, function () {
        status.textContent = "Could not copy. Select and copy this: " + texts[kind];
      });
      clearTimeout(timer);
      timer = setTimeout(function () { status.textContent = ""; }, 6000);
    });
    actions.hidden = false;
  }

  function setUpIndex(form) {
    if (form.dataset.ready) { return; }
    form.dataset.ready = "yes";
    var table = document.querySelector("table.hb-index");
    var count = document.querySelector(".hb-filters__count");
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (select) {
          if (!select.value) { return true; }
          var values = (row.getAttribute("data-" + select.name) || "").split(" ");
          return values.indexOf(select.value) !== -1;
        });
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      if (count) {
        count.textContent = shown === rows.length
          ? rows.length + (rows.length === 1 ? " rule." : " rules.")
          : shown + " of " + rows.length + " rules shown.";
      }
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function setUp() {
    document.querySelectorAll("article.hb-rule").forEach(setUpCard);
    document.querySelectorAll("form.hb-filters").forEach(setUpIndex);
  }

  // Material's instant navigation (if enabled) swaps pages without reloading scripts.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
