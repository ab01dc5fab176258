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

  // The rules index: filters, text search and order live in the address (?platforms=instagram&severity=error),
  // so a filtered list can be shared and survives Back, Forward and reload. Without this script the
  // table lists every rule.
  var SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 };

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function setUpIndex(form) {
    if (form.dataset.ready) { return; }
    form.dataset.ready = "yes";
    var table = document.querySelector("table.hb-index");
    var count = document.querySelector(".hb-filters__count");
    if (!table) { return; }
    var body = table.tBodies[0];
    var caption = table.caption;
    var rows = Array.prototype.slice.call(body.rows);
    var fields = Array.prototype.slice.call(form.querySelectorAll("select, input"));
    var text = {};
    rows.forEach(function (row) {
      text[row.id] = fold([row.dataset.id, row.dataset.title, row.dataset.summary].join(" "));
    });

    function matches(row, field) {
      var value = field.value;
      if (field.name === "sort") { return true; }
      if (field.name === "q") {
        return fold(value).split(/\s+/).every(function (word) { return !word || text[row.id].indexOf(word) !== -1; });
      }
      if (field.name === "status") {
        if (value === "all") { return true; }
        return row.dataset.status === (value || "active");
      }
      if (!value) { return true; }
      return (row.getAttribute("data-" + field.name) || "").split(" ").indexOf(value) !== -1;
    }

    function compare(order) {
      return function (a, b) {
        if (order === "title") {
          var byTitle = a.dataset.title.localeCompare(b.dataset.title);
          if (byTitle) { return byTitle; }
        } else if (order === "severity") {
          var bySeverity = SEVERITY_ORDER[a.dataset.severity] - SEVERITY_ORDER[b.dataset.severity];
          if (bySeverity) { return bySeverity; }
        }
        return a.dataset.id < b.dataset.id ? -1 : a.dataset.id > b.dataset.id ? 1 : 0;
      };
    }

    function describe() {
      var parts = [];
      fields.forEach(function (field) {
        if (field.name === "sort") { return; }
        if (field.name === "q") {
          if (field.value.trim()) { parts.push("\u201c" + field.value.trim() + "\u201d"); }
          return;
        }
        if (field.name === "status" || field.value) {
          parts.push(field.options[field.selectedIndex].text);
        }
      });
      return parts.join(" \u00b7 ");
    }

    function apply() {
      var shown = 0;
      var order = form.elements.sort ? form.elements.sort.value : "";
      rows.slice().sort(compare(order)).forEach(function (row) {
        var visible = fields.every(function (field) { return matches(row, field); });
        row.hidden = !visible;
        if (visible) { shown += 1; }
        body.appendChild(row);
      });
      var total = rows.length + (rows.length === 1 ? " rule" : " rules");
      if (count) {
        count.textContent = shown + " of " + total + " shown.";
      }
      if (caption) {
        caption.textContent = "Rules: " + describe() + " (" + shown + " of " + total + ")";
      }
    }

    // The address holds only what differs from the defaults.
    function toAddress(push) {
      var params = new URLSearchParams();
      fields.forEach(function (field) {
        var value = field.name === "q" ? field.value.trim() : field.value;
        if (value) { params.set(field.name, value); }
      });
      var query = params.toString();
      var url = location.pathname + (query ? "?" + query : "") + location.hash;
      if (url !== location.pathname + location.search + location.hash) {
        history[push ? "pushState" : "replaceState"](history.state, "", url);
      }
    }

    function fromAddress() {
      var params = new URLSearchParams(location.search);
      fields.forEach(function (field) {
        var value = params.get(field.name) || "";
        if (field.tagName === "SELECT") {
          var known = Array.prototype.some.call(field.options, function (option) { return option.value === value; });
          field.value = known ? value : "";
        } else {
          field.value = value;
        }
      });
      // rules/#x-006 names a row: show it even if it is not in force (hidden by default).
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (target && target.parentNode === body && !params.get("status") && target.dataset.status !== "active") {
        form.elements.status.value = "all";
      }
      apply();
    }

    form.addEventListener("change", function (event) {
      apply();
      toAddress(event.target.tagName === "SELECT"); // each choice is a step Back can undo
    });
    form.addEventListener("input", function (event) {
      if (event.target.name === "q") { apply(); toAddress(false); }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    window.addEventListener("popstate", fromAddress);
    window.addEventListener("pageshow", function (event) { if (event.persisted) { fromAddress(); } });
    form.hidden = false;
    fromAddress();
  }

  // Search -------------------------------------------------------------------------------------
  // Material's search adds a wildcard to every word ("elections*"), and lunr does not stem a word
  // that carries a wildcard, so a stemmed index (mkdocs.yml) would miss "elections". Each plain word
  // is therefore also asked for whole ("elections^1"), which lunr stems ("elect"). Queries that use
  // search syntax (quotes, + - * ~ ^ :) are left alone.
  var WORD = /^[\p{L}\p{M}]{3,}$/u;

  function stemmedQuery(query) {
    if (/["+\-*~^:]/.test(query)) { return query; }
    return query.split(/\s+/).map(function (word) {
      return WORD.test(word) ? word + " " + word + "^1" : word;
    }).join(" ").trim();
  }

  if (window.Worker && !Worker.prototype.hbSearchReady) {
    var post = Worker.prototype.postMessage;
    Worker.prototype.hbSearchReady = true;
    Worker.prototype.postMessage = function (message) {
      // Material's search worker: {type: 2, data: "<query>"} asks for results.
      if (message && message.type === 2 && typeof message.data === "string") {
        var args = Array.prototype.slice.call(arguments);
        args[0] = Object.assign({}, message, { data: stemmedQuery(message.data) });
        return post.apply(this, args);
      }
      return post.apply(this, arguments);
    };
  }

  // A rule ID typed in the search box, in any case and with or without its hyphen ("x-006", "per012"),
  // puts that rule first: a link above the results, followed by Enter.
  var ID_QUERY = /^\s*([A-Za-z]{1,4})-?(\d{3})\s*$/;
  var rulesByID = null;

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(config.textContent).base || "."; } catch (error) { base = "."; }
    return new URL(base.replace(/\/?$/, "/"), location.href).href;
  }

  function loadRules() {
    if (!rulesByID) {
      rulesByID = fetch(siteRoot() + "rules.json").then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(function (book) {
        var byID = {};
        book.rules.forEach(function (rule) { byID[rule.id] = rule; });
        return byID;
      });
      rulesByID.catch(function () { rulesByID = null; });
    }
    return rulesByID;
  }

  function setUpSearch(input) {
    if (input.dataset.hbReady) { return; }
    input.dataset.hbReady = "yes";
    var results = document.querySelector(".md-search-result");
    if (!results) { return; }
    var jump = document.createElement("a");
    jump.className = "hb-search-id";
    jump.hidden = true;
    results.insertBefore(jump, results.firstChild);

    function update() {
      var match = ID_QUERY.exec(input.value);
      if (!match) { jump.hidden = true; return; }
      var id = match[1].toUpperCase() + "-" + match[2];
      loadRules().then(function (rules) {
        var now = ID_QUERY.exec(input.value);
        if (!now || now[1].toUpperCase() + "-" + now[2] !== id) { return; }
        var rule = rules[id];
        if (!rule) { jump.hidden = true; return; }
        jump.href = siteRoot() + "r/" + id + "/";
        jump.textContent = "";
        var label = document.createElement("span");
        label.className = "hb-rule__id";
        label.textContent = id;
        jump.appendChild(label);
        jump.appendChild(document.createTextNode(" " + rule.title + (rule.status === "active" ? "" : " (" + rule.status + ")")));
        jump.hidden = false;
      }, function () { jump.hidden = true; });
    }

    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !jump.hidden && ID_QUERY.test(input.value)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        location.href = jump.href;
      }
    }, true);
  }

  function setUp() {
    document.querySelectorAll("article.hb-rule, .hb-short__cite").forEach(setUpCard);
    document.querySelectorAll("form.hb-filters").forEach(setUpIndex);
    document.querySelectorAll("input.md-search__input").forEach(setUpSearch);
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
