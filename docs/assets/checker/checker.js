// The in-page checker's user interface. UI and transport only: the rules, the findings,
// the counters and the manual checklist all come from the handbook's Python engine,
// which runs in a module worker (worker.mjs) on Pyodide served by this site.
//
// Privacy: the draft stays in this page. It is sent to the worker (same page, no network)
// and never stored. Everything typed is rendered with textContent, never as HTML.
// An image picked for checking is read in this page: only its first bytes (enough for
// its size) go to the worker; it is never uploaded and never stored.
//
// Diagnostics, in the page's address: `?checker-timeout=<ms>` changes the time a single
// check may take before the worker is stopped and restarted (default 2000 ms);
// `?checker-start=full` skips the start-up snapshot. `data-start` on the checker tells
// which start was used ("snapshot" or "full"), `data-start-timings` how long its steps took.

import { WORKER_URL, newWorker, startMessage } from "./start.js";

const CHECK_TIMEOUT_MS = 2000;
const LOAD_STALL_MS = 30000; // the start gives up only when nothing has arrived for this long, never for a slow link
const DEBOUNCE_MS = 200;
const SEVERITIES = [
  { name: "error", one: "error", many: "errors", heading: "Errors" },
  { name: "warning", one: "warning", many: "warnings", heading: "Warnings" },
  { name: "suggestion", one: "suggestion", many: "suggestions", heading: "Suggestions" },
];
const RISK_HEADINGS = { security: "Security and privacy", error: "Errors", warning: "Warnings", suggestion: "Suggestions" };
const TOP_GROUPS = 3; // rules shown in the summary bar that stays in view while typing
const NUMBER = new Intl.NumberFormat("en");
// How a counter outside its bounds looks and reads: a platform's own limit differs from the handbook's suggestion.
const COUNTER_STATES = {
  over: { icon: "⛔", words: "over the platform's limit" },
  outside: { icon: "△", words: "outside the suggested range" },
};
const SHOWN_PER_RULE = 10; // occurrences of one rule listed at first; "Show all" lists the rest
const CHUNK = 250; // list items added per task when listing the rest, so no task runs long
const SIDE_BY_SIDE_PX = 760; // from this width the marked draft sits beside the editor
const LIST_LIMIT = 1000; // occurrences of one rule listed at most: past that, a list helps nobody and costs the page
const MAX_MARKS = 500; // marked passages in "Your draft, marked"; past them the text is plain
const BLOCK_CHARS = 5000; // "Your draft, marked" is built of blocks this long, laid out only when scrolled to
const IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp";

const FAILURES = {
  file:
    "The checker cannot start from a page opened as a file (file://): browsers do not let such a page start the checker's Python engine. Open the handbook from its web server instead.",
  "no-wasm":
    "The checker cannot start: this browser cannot run WebAssembly, or a policy blocks it. Use a current version of Firefox, Chrome, Edge or Safari.",
  "wasm-blocked":
    "The checker cannot start: WebAssembly is blocked on this site. The server's Content-Security-Policy must allow 'wasm-unsafe-eval'; please tell the site's administrators.",
  worker:
    "The checker cannot start: its engine could not be loaded. Either this browser is too old (it needs module workers) or the server sends the checker's files with the wrong type (.mjs must be served as text/javascript, .wasm as application/wasm).",
  loader:
    "The checker cannot start: Python (Pyodide) could not be loaded from this site. The server may send .mjs files with the wrong type (they must be served as text/javascript) or the files may be missing.",
  pyodide: "The checker cannot start: Python (Pyodide) failed to start in this browser.",
  bundle: "The checker cannot start: the handbook's rules could not be downloaded from this site.",
  engine: "The checker cannot start: the handbook's rules could not be loaded.",
  "wasm-missing":
    "The checker cannot start: Python's WebAssembly file (pyodide.asm.wasm) could not be downloaded from this site. It may be missing or blocked by a proxy or filter; please tell the site's administrators.",
  "slow-load": "The checker stopped loading: nothing has arrived from the site for 30 seconds. Check the connection, then reload the page to try again.",
};

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function timeoutFromAddress() {
  const value = Number(new URLSearchParams(location.search).get("checker-timeout"));
  return Number.isFinite(value) && value > 0 ? value : CHECK_TIMEOUT_MS;
}

class Checker {
  constructor(root) {
    this.root = root;
    this.ident = root.id;
    this.siteRoot = new URL(root.dataset.root || "./", document.baseURI);
    this.platformSelect = root.querySelector("select[name=platform]");
    this.accountSelect = root.querySelector("select[name=account]");
    this.draft = root.querySelector("textarea");
    this.timeoutMs = timeoutFromAddress();
    this.worker = null;
    this.ready = false;
    this.failed = false;
    this.started = false;
    this.seq = 0;
    this.inFlight = null;
    this.stalledKey = null;
    this.shown = null; // {key, report, manual}
    this.restarts = 0;
    this.lastAnnouncement = "";
    this.headerBytes = 0; // from Python (checks.images.HEADER_BYTES) when the worker is ready
    this.imageFile = null; // the picked File, held only while it is picked
    this.imageSeq = 0;
    this.imageInFlight = null;
    this.imageShown = null; // {key, result}
    this.build();
    this.listen();
    this.startWhenVisible();
  }

  // --- structure -------------------------------------------------------------------

  build() {
    const id = this.ident;
    const status = this.root.querySelector(".hb-checker__status");
    status.replaceChildren();
    this.statusText = element("span", { className: "hb-checker__status-text", text: "The checker will load when you reach it." });
    this.progress = element("progress", { max: "3", value: "0", "aria-label": "Loading the checker" });
    this.progress.hidden = true;
    status.append(this.progress, this.statusText);
    this.status = status;

    this.announcer = element("div", {
      className: "hb-checker__announce hb-checker__sr-only",
      "aria-live": "polite",
      "aria-atomic": "true",
      id: `${id}-announce`,
    });
    this.counters = element("ul", { className: "hb-checker__counters", "aria-label": "Counts for this draft" });
    this.summary = element("p", { className: "hb-checker__summary" });
    this.language = element("p", { className: "hb-checker__language" });
    this.language.hidden = true;
    this.staleNote = element("p", { className: "hb-checker__stale", text: "Checking the changed draft… The results below are for the previous text." });
    this.staleNote.hidden = true;
    // A fieldset, so that one switch disables every "Show in draft" while the results are out of date.
    this.groups = element("fieldset", { className: "hb-checker__groups" });
    this.markedNote = element("p", { className: "hb-checker__marked-note" });
    this.markedNote.hidden = true;
    this.markedHeading = element("h3", { id: `${id}-marked-heading`, text: "Your draft, marked" });
    this.marked = element("div", { className: "hb-checker__marked", "aria-labelledby": `${id}-marked-heading` });
    this.markedSection = element("section", { className: "hb-checker__marked-section" }, this.markedHeading, this.marked, this.markedNote);
    this.marked.addEventListener("click", (event) => this.markClicked(event));
    this.markedSection.hidden = true;
    // The summary bar: counters, verdict and the riskiest findings; it stays in view (CSS sticky) while typing.
    this.top = element("ul", { className: "hb-checker__top", "aria-label": "Most important findings" });
    this.top.hidden = true;
    this.fixText = element("span", {});
    this.undoButton = element("button", { type: "button", className: "hb-checker__undo", text: "Undo" });
    this.undoButton.addEventListener("click", () => this.undoFix());
    this.fixNote = element("p", { className: "hb-checker__fix-note" }, this.fixText, " ", this.undoButton);
    this.fixNote.hidden = true;
    this.panel = element(
      "section",
      { className: "hb-checker__panel", "aria-labelledby": `${id}-panel-heading` },
      element("h3", { id: `${id}-panel-heading`, className: "hb-checker__sr-only", text: "Verdict" }),
      this.counters,
      this.fixNote,
      this.summary,
      this.top,
    );
    this.results = element(
      "section",
      { className: "hb-checker__results", "aria-labelledby": `${id}-results-heading` },
      element("h3", { id: `${id}-results-heading`, text: "What the checker found", tabindex: "-1" }),
      this.staleNote,
      this.language,
      this.groups,
    );
    this.manualList = element("ul", { className: "hb-checker__manual-list" });
    this.manualSummary = element("summary", { className: "hb-checker__manual-summary-line", text: "Check these yourself" });
    this.manual = element(
      "details",
      { className: "hb-checker__manual" },
      this.manualSummary,
      element("p", { text: "No machine can check these rules for this platform and account. Tick them off as you go (nothing is saved)." }),
      this.manualList,
    );
    this.manual.hidden = true;
    // Running the account (posting rhythm, strategy, who manages it): not a draft's business, but at hand.
    this.accountList = element("ul", { className: "hb-checker__account-list" });
    this.accountSummary = element("summary", { className: "hb-checker__manual-summary-line", text: "Running this account" });
    this.accountManual = element(
      "details",
      { className: "hb-checker__account-manual" },
      this.accountSummary,
      element("p", { text: "Rules about running the account rather than about one draft: check them from time to time." }),
      this.accountList,
    );
    this.accountManual.hidden = true;
    this.copyButton = element("button", { type: "button", className: "md-button hb-checker__copy", text: "Copy feedback" });
    this.copyMarkdown = element("button", { type: "button", className: "md-button hb-checker__copy hb-checker__copy--markdown", text: "Copy as Markdown" });
    this.withDraft = element("input", { type: "checkbox", id: `${id}-with-draft`, name: "with-draft" });
    this.copyStatus = element("span", { className: "hb-checker__copy-status" });
    const actions = element(
      "div",
      { className: "hb-checker__actions" },
      this.copyButton,
      this.copyMarkdown,
      element("span", { className: "hb-checker__with-draft" }, this.withDraft, " ", element("label", { for: this.withDraft.id, text: "Include the draft" })),
      this.copyStatus,
    );
    this.ticked = new Set(); // manual points ticked, by rule ID: kept when the platform changes
    this.buildImage();
    this.root.append(this.panel, this.markedSection, this.announcer, this.results, actions, this.imageSection, this.manual,
      this.accountManual);
    this.summary.textContent = "Type or paste a draft.";
  }

  buildImage() {
    const id = this.ident;
    this.useSelect = element("select", { id: `${id}-image-use`, name: "image-use", required: "" });
    this.fileInput = element("input", { type: "file", id: `${id}-image-file`, name: "image-file", accept: IMAGE_TYPES });
    this.imageAbout = element("p", { className: "hb-checker__image-about" });
    this.imageSummary = element("p", { className: "hb-checker__image-summary", text: "Choose what the image is for, then pick an image to check its size." });
    this.imageFindings = element("ul", { className: "hb-checker__image-findings" });
    this.imageSection = element(
      "section",
      { className: "hb-checker__image", "aria-labelledby": `${id}-image-heading` },
      element("h3", { id: `${id}-image-heading`, text: "Check an image" }),
      element("p", {
        className: "hb-checker__privacy",
        text: "The image stays on your device: the checker reads its size in this page and uploads nothing.",
      }),
      element(
        "div",
        { className: "hb-checker__pickers" },
        element("p", { className: "hb-checker__picker" }, element("label", { for: this.useSelect.id, text: "What the image is for" }), this.useSelect),
        element(
          "p",
          { className: "hb-checker__picker" },
          element("label", { for: this.fileInput.id, text: "Image file (PNG, JPEG, GIF or WebP)" }),
          this.fileInput,
        ),
      ),
      this.imageAbout,
      this.imageSummary,
      this.imageFindings,
    );
    this.imageSection.hidden = true;
    this.imageAbout.hidden = true;
  }

  listen() {
    // Wide enough (the checker page, whose navigation and contents column are hidden): the marked
    // draft sits beside the editor instead of below it (checker.css, .hb-checker--side).
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(([entry]) => this.root.classList.toggle("hb-checker--side", entry.contentRect.width >= SIDE_BY_SIDE_PX)).observe(this.root);
    }
    // A paste or drop is a whole draft: check it at once; typing waits for a pause.
    this.draft.addEventListener("input", (event) => {
      this.keepDraftInView();
      this.changed(/^insertFrom(Paste|Drop)/.test(event.inputType || "") ? 0 : DEBOUNCE_MS);
    });
    this.platformSelect.addEventListener("change", () => this.changed(0));
    this.accountSelect.addEventListener("change", () => this.changed(0));
    this.draft.addEventListener("focus", () => this.start(), { once: true });
    this.copyButton.addEventListener("click", () => this.copyFeedback("text"));
    this.copyMarkdown.addEventListener("click", () => this.copyFeedback("markdown"));
    this.useSelect.addEventListener("change", () => this.requestImage());
    this.fileInput.addEventListener("change", () => {
      this.imageFile = this.fileInput.files.length ? this.fileInput.files[0] : null;
      this.imageShown = null;
      if (!this.imageFile) this.renderImage();
      else this.requestImage();
    });
  }

  // The summary bar sticks to the window's bottom: while typing, it must not cover the draft's end.
  keepDraftInView() {
    const area = this.draft.getBoundingClientRect();
    const panel = this.panel.getBoundingClientRect();
    const overlap = area.bottom - panel.top;
    if (overlap <= 0) return;
    const room = area.top - 64; // never past the page's header
    if (room > 0) window.scrollBy(0, Math.min(overlap + 8, room));
  }

  startWhenVisible() {
    if (!("IntersectionObserver" in window)) {
      this.start();
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.observer.disconnect();
        this.start();
      }
    });
    this.observer.observe(this.root);
  }

  key() {
    return { text: this.draft.value, platform: this.platformSelect.value, account: this.accountSelect.value };
  }

  static same(a, b) {
    return !!a && !!b && a.text === b.text && a.platform === b.platform && a.account === b.account;
  }

  setState(state) {
    this.root.dataset.state = state;
  }

  setStatus(text, kind = "info") {
    this.statusText.textContent = text;
    this.status.dataset.kind = kind;
  }

  announce(text) {
    if (text === this.lastAnnouncement) return;
    this.lastAnnouncement = text;
    this.announcer.textContent = text;
  }

  // --- the worker --------------------------------------------------------------------

  start() {
    if (this.started) return;
    this.started = true;
    if (this.observer) this.observer.disconnect();
    if (location.protocol === "file:") return this.fail("file");
    if (typeof WebAssembly !== "object") return this.fail("no-wasm");
    this.registerServiceWorker();
    this.spawn();
  }

  // The site's service worker (checker-sw.js, made by the build) keeps the checker for offline use.
  registerServiceWorker() {
    const url = this.root.dataset.serviceWorker;
    if (!url || !("serviceWorker" in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data && event.data.type === "offline-ready") this.root.dataset.offline = event.data.version;
    });
    this.serviceWorker = navigator.serviceWorker
      .register(new URL(url, document.baseURI).href, { scope: this.siteRoot.href })
      .catch((error) => console.warn(`handbook checker: no offline copy (${error})`));
  }

  // Once the checker has run: the files it and this page used go into the service worker's cache.
  keepForOffline(fetched = []) {
    if (!this.serviceWorker) return;
    const here = (name) => new URL(name, import.meta.url).href;
    const pageFiles = performance.getEntriesByType("resource").map((entry) => entry.name);
    const urls = [location.href, here("checker.js"), here("checker.css"), WORKER_URL.href, ...fetched, ...pageFiles];
    navigator.serviceWorker.ready
      .then((registration) => registration.active && registration.active.postMessage({ type: "checker-ran", urls }))
      .catch(() => {});
  }

  spawn() {
    this.ready = false;
    this.setState("loading");
    this.progress.hidden = false;
    this.progress.max = 3;
    this.progress.value = 0;
    this.setStatus(this.restarts ? "Restarting the checker…" : "Loading the checker… You can type already.", "loading");
    try {
      this.worker = newWorker();
    } catch (error) {
      return this.fail("worker", String(error));
    }
    const worker = this.worker;
    worker.addEventListener("message", (event) => {
      if (worker === this.worker) this.receive(event.data);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      if (!this.ready) this.fail("worker", event.message || "");
      else this.crashed();
    });
    if (!this.downloadNote) {
      this.downloadNote = element("span", { className: "hb-checker__download" });
      this.status.append(this.downloadNote);
    }
    this.downloadNote.textContent = "";
    this.downloading = null;
    this.watchLoad();
    worker.postMessage(startMessage(this.root)); // start.js, shared with the "Check many posts" page
  }

  // The load watchdog measures a stall: every message from a starting worker restarts it.
  watchLoad() {
    clearTimeout(this.loadWatchdog);
    const worker = this.worker;
    this.loadWatchdog = setTimeout(() => {
      if (!this.ready && worker === this.worker) this.fail("slow-load");
    }, LOAD_STALL_MS);
  }

  loadingStatus(step) {
    this.step = step || this.step || "";
    const { loaded = 0, total = 0 } = this.downloading || {};
    const megabytes = (bytes) => (bytes / 1e6).toFixed(1);
    let text = this.step;
    if (this.downloading && (!total || loaded < total)) {
      text = total ? `downloading ${megabytes(loaded)} of ${megabytes(total)} MB…` : `downloading, ${megabytes(loaded)} MB so far…`;
    }
    if (this.restartNote) this.setStatus(`${this.restartNote} Restarting the checker: ${text}`, "warning");
    else this.setStatus(`Loading the checker: ${text} You can type already.`, "loading");
  }

  receive(message) {
    if (!this.ready && message.type !== "ready" && message.type !== "failed") this.watchLoad();
    if (message.type === "progress") {
      if (message.step >= message.total) return;
      if (!this.downloading) this.progress.value = message.step;
      this.loadingStatus(`${message.label} (step ${message.step} of ${message.total})…`);
    } else if (message.type === "download") {
      this.downloading = message;
      if (message.total) {
        this.progress.max = message.total;
        this.progress.value = Math.min(message.loaded, message.total);
        this.downloadNote.textContent = `One-time download of ${(message.total / 1e6).toFixed(1)} MB; later visits start from your browser's copy.`;
      } else {
        this.progress.removeAttribute("value");
      }
      this.root.dataset.downloaded = String(message.loaded);
      this.loadingStatus();
    } else if (message.type === "notice") {
      this.root.dataset.notice = message.text;
      console.warn(`handbook checker: ${message.text}`);
    } else if (message.type === "ready") {
      clearTimeout(this.loadWatchdog);
      this.ready = true;
      this.headerBytes = message.headerBytes;
      this.root.dataset.start = message.start;
      this.root.dataset.startTimings = JSON.stringify(message.timings);
      this.keepForOffline(message.fetched);
      this.progress.hidden = true;
      this.downloadNote.textContent = "";
      this.setState("ready");
      this.restartNote = "";
      if (this.stalledKey && Checker.same(this.stalledKey, this.key())) {
        this.setStatus(`${this.stallMessage} The checker has restarted: change the draft to check it again.`, "warning");
      } else {
        this.setStatus("Ready: the checker checks your draft as you type.", "ready");
        if (this.restarts === 0) this.announce("The checker is ready.");
      }
      this.request();
      this.requestImage();
    } else if (message.type === "failed") {
      this.fail(message.reason, message.detail);
    } else if (message.type === "report" || message.type === "error") {
      this.answered(message);
    } else if (message.type === "image-report" || message.type === "image-error") {
      this.imageAnswered(message);
    }
  }

  fail(reason, detail = "") {
    clearTimeout(this.loadWatchdog);
    clearTimeout(this.timer);
    this.failed = true;
    this.ready = false;
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.progress.hidden = true;
    if (this.downloadNote) this.downloadNote.textContent = "";
    this.setState("failed");
    this.root.dataset.failure = reason;
    const text = FAILURES[reason] || `The checker cannot start (${reason}).`;
    this.setStatus(detail ? `${text} (Details: ${detail})` : text, "error");
    this.summary.textContent = "Nothing was checked. Check your draft against the handbook's rules by hand.";
    this.announce(text);
  }

  crashed() {
    this.restart("The checker stopped unexpectedly and was restarted.");
  }

  restart(text) {
    clearTimeout(this.timer);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.inFlight = null;
    this.imageInFlight = null;
    this.restarts += 1;
    this.restartNote = text;
    this.clearResults("This draft has not been checked: the checker restarted.");
    this.root.dataset.restarts = String(this.restarts);
    this.announce(text);
    this.spawn();
    this.setState("restarting");
    this.setStatus(`${text} Restarting the checker…`, "warning");
  }

  // --- checking ----------------------------------------------------------------------

  changed(delay) {
    this.markCurrent(false);
    if (!this.started) this.start();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.request(), delay);
  }

  request() {
    if (!this.ready || this.inFlight) return;
    const key = this.key();
    if (Checker.same(key, this.stalledKey)) return;
    if (this.shown && Checker.same(key, this.shown.key)) {
      this.markCurrent(true);
      return;
    }
    this.seq += 1;
    this.inFlight = { id: this.seq, key, sent: performance.now() };
    this.worker.postMessage({ type: "check", id: this.seq, ...key });
    this.timer = setTimeout(() => this.tooSlow(), this.timeoutMs);
  }

  tooSlow() {
    if (!this.inFlight) return;
    this.stalledKey = this.inFlight.key;
    const seconds = this.timeoutMs >= 1000 ? `${this.timeoutMs / 1000} s` : `${this.timeoutMs} ms`;
    this.stallMessage = `Checking this draft took longer than ${seconds}, so the checker stopped it.`;
    this.restart(this.stallMessage);
  }

  answered(message) {
    if (!this.inFlight || message.id !== this.inFlight.id) return; // a stale answer
    clearTimeout(this.timer);
    const { key, sent } = this.inFlight;
    this.inFlight = null;
    if (Checker.same(key, this.key())) {
      if (message.type === "report") {
        this.stalledKey = null;
        this.shown = { key, report: message.report, manual: message.manual, accountManual: message.accountManual, images: message.images, ms: message.ms };
        this.render();
        this.root.dataset.lastRoundTripMs = (performance.now() - sent).toFixed(1);
        this.renderImageUses();
        this.setState("ready");
        this.setStatus("Ready: the checker checks your draft as you type.", "ready");
      } else {
        this.setStatus(`This draft could not be checked: ${message.detail}`, "error");
      }
    }
    this.request(); // the draft changed meanwhile: check the newest one
  }

  // --- rendering -----------------------------------------------------------------------

  findings() {
    return this.shown && this.shown.key.text.trim() ? this.shown.report.findings : [];
  }

  render() {
    this.renderCounters();
    this.renderFindings();
    this.renderMarked();
    this.renderManual();
    this.markCurrent(true);
    this.root.dataset.checks = String(this.seq);
    this.root.dataset.lastCheckMs = this.shown.ms.toFixed(1);
  }

  renderCounters() {
    const items = this.shown.report.counters.map((counter) => {
      const limits = counter.bounds.map((bound) => describeBound(bound, counter.unit)).join(" · ");
      const state = COUNTER_STATES[counter.state];
      return element(
        "li",
        { className: `hb-checker__counter hb-checker__counter--${counter.state}`, "data-measure": counter.measure, "data-state": counter.state },
        element("span", { className: "hb-checker__counter-label", text: counter.label }),
        element("span", { className: "hb-checker__counter-value", "data-value": String(counter.value), text: NUMBER.format(counter.value) }),
        limits ? element("span", { className: "hb-checker__counter-limits", text: limits }) : null,
        state
          ? element(
              "span",
              { className: "hb-checker__counter-state" },
              element("span", { "aria-hidden": "true", text: `${state.icon} ` }),
              state.words,
            )
          : null,
      );
    });
    this.counters.replaceChildren(...items);
  }

  // The results on screen belong to the text in the box (current) or to an earlier one (stale):
  // stale results are dimmed, busy for assistive technology, and "Show in draft" is disabled.
  markCurrent(current) {
    const stale = !current && !!this.shown;
    this.root.dataset.current = current ? "true" : "false";
    this.root.dataset.stale = stale ? "true" : "false";
    this.staleNote.hidden = !stale;
    this.groups.disabled = stale;
    for (const section of [this.panel, this.results, this.markedSection]) {
      if (stale) section.setAttribute("aria-busy", "true");
      else section.removeAttribute("aria-busy");
    }
  }

  isCurrent() {
    return !!this.shown && Checker.same(this.shown.key, this.key());
  }

  // Forget every result (after a restart they belong to a text that may no longer be in the box).
  clearResults(summary) {
    this.shown = null;
    this.renderGeneration = (this.renderGeneration || 0) + 1;
    this.counters.replaceChildren();
    this.groups.replaceChildren();
    this.marked.replaceChildren();
    this.markedSection.hidden = true;
    this.markedNote.hidden = true;
    this.language.hidden = true;
    delete this.root.dataset.language;
    this.summary.textContent = summary;
    this.markCurrent(false);
  }

  languageLine(language) {
    if (!language) return "";
    if (language.covered) return `Checked as ${language.name}.`;
    if (language.code === "unknown")
      return "Language not recognised (too little text): the judgement checks assumed English, French or Spanish.";
    const as = language.code === "other" ? "Not written in English, French or Spanish" : `Checked as ${language.name}`;
    return `${as}. The judgement checks (personal data, politics, confidentiality, replies) know English, French and Spanish only: on this draft, only the mechanical checks and the number and e-mail detectors can be relied on.`;
  }

  renderFindings() {
    const findings = this.findings();
    const report = this.shown.report;
    const groups = findings.length ? report.groups : []; // ordered by risk in Python (checks/summary.py)
    const generation = (this.renderGeneration = (this.renderGeneration || 0) + 1);
    const language = report.language || null;
    const uncovered = language && !language.covered && language.code !== "unknown";
    const verdict = this.verdict(findings, groups, report, uncovered);
    this.summary.textContent = verdict.text;
    this.root.dataset.verdict = verdict.kind;
    const line = this.shown.key.text.trim() ? this.languageLine(language) : "";
    this.language.textContent = line;
    this.language.hidden = !line;
    if (language && line) this.root.dataset.language = language.code;
    else delete this.root.dataset.language;
    this.announce(uncovered && findings.length ? `${verdict.text} ${line}` : verdict.text);
    const byRisk = new Map();
    for (const group of groups) {
      if (!byRisk.has(group.risk)) byRisk.set(group.risk, []);
      byRisk.get(group.risk).push(group);
    }
    const sections = [...byRisk].map(([risk, list]) =>
      element(
        "section",
        { className: `hb-checker__group hb-checker__group--${risk}`, "data-risk": risk },
        element("h4", { text: `${RISK_HEADINGS[risk] || risk} (${list.reduce((sum, g) => sum + g.findings.length, 0)})` }),
        element("ul", {}, ...list.map((group) => this.renderRuleGroup(group, findings, generation))),
      ),
    );
    this.groups.replaceChildren(...sections);
    this.renderTop(groups, findings);
  }

  // The verdict comes first: can this be published, and what is left to check by hand.
  verdict(findings, groups, report, uncovered) {
    if (!this.shown.key.text.trim()) return { kind: "empty", text: "Type or paste a draft." };
    const counts = SEVERITIES.map((s) => [s, (report.counts && report.counts[s.name]) || 0]).filter(([, n]) => n);
    const listed = counts.map(([s, n]) => plural(n, s.one, s.many)).join(", ");
    const label = report.platform ? report.platform.label : this.platformSelect.selectedOptions[0].textContent;
    const security = groups.filter((g) => g.risk === "security").reduce((sum, g) => sum + g.findings.length, 0);
    const risky = security ? ` ${plural(security, "finding concerns", "findings concern")} security and privacy.` : "";
    if (report.counts.error) return { kind: "blocked", text: `Not ready to publish: ${listed}.${risky}` };
    if (report.counts.warning) return { kind: "review", text: `Review before publishing: ${listed}.${risky}` };
    if (findings.length) return { kind: "consider", text: `No errors or warnings in this ${label}: ${listed} to consider.` };
    const points = this.shown.manual.length;
    const rest = points ? ` — check the ${plural(points, "point", "points")} below yourself` : "";
    if (uncovered) {
      const what = report.language.code === "other" ? "its language" : report.language.name;
      return {
        kind: "clear",
        text: `The mechanical checks and the number and e-mail detectors found no problems in this ${label}; the judgement checks do not cover ${what}${rest}.`,
      };
    }
    return { kind: "clear", text: `No problems found by the automatic checks in this ${label}${rest}.` };
  }

  // The riskiest rules, one line each, in the summary bar; each leads to its group in the list.
  renderTop(groups, findings) {
    const items = groups.slice(0, TOP_GROUPS).map((group) => {
      const first = findings[group.findings[0]];
      const times = group.findings.length > 1 ? ` × ${group.findings.length}` : "";
      const badge = group.risk === "security" ? "security" : group.severity;
      const link = element(
        "a",
        { href: `#${this.ident}-group-${group.rule_id}`, className: "hb-checker__top-link" },
        element("span", { className: `hb-checker__badge hb-checker__badge--${group.severity}`, text: badge }),
        ` ${group.rule_id}${times}: ${first.message}`,
      );
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.goToGroup(group.rule_id);
      });
      return element("li", { className: `hb-checker__top-item hb-checker__top-item--${group.severity}`, "data-rule-id": group.rule_id }, link);
    });
    const more = groups.length - TOP_GROUPS;
    if (more > 0) {
      const link = element("a", { href: `#${this.ident}-results-heading`, className: "hb-checker__top-more", text: `${plural(more, "more rule", "more rules")} below` });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const heading = document.getElementById(`${this.ident}-results-heading`);
        heading.scrollIntoView({ block: "start" });
        heading.focus({ preventScroll: true });
      });
      items.push(element("li", {}, link));
    }
    this.top.replaceChildren(...items);
    this.top.hidden = items.length === 0;
  }

  goToGroup(ruleId) {
    const group = document.getElementById(`${this.ident}-group-${ruleId}`);
    if (!group) return;
    group.scrollIntoView({ block: "start" });
    group.querySelector("a.hb-checker__rule").focus({ preventScroll: true });
  }

  // One rule's findings: its link once, the first few occurrences, and "Show all" for the rest.
  renderRuleGroup(group, findings, generation) {
    const ruleId = group.rule_id;
    const indexes = group.findings;
    const link = element("a", { href: new URL(group.link, this.siteRoot).href, className: "hb-checker__rule" }, `${ruleId}: ${group.title}`);
    const line = element("p", { className: "hb-checker__rule-line" }, link);
    if (indexes.length > 1) line.append(" ", element("span", { className: "hb-checker__count", text: `× ${NUMBER.format(indexes.length)}` }));
    const tag = LIMIT_TAGS[group.limit];
    if (tag)
      line.append(
        " ",
        element(
          "span",
          { className: `hb-checker__limit hb-checker__limit--${group.limit}` },
          element("span", { "aria-hidden": "true", text: `${tag.icon} ` }),
          group.limit === "platform" && !group.quote.endsWith("limit") ? "The platform's own rule" : tag.words,
        ),
      );
    const list = element("ul", { className: "hb-checker__occurrences" });
    for (const index of indexes.slice(0, SHOWN_PER_RULE)) list.append(this.renderFinding(findings[index], index, group));
    const item = element(
      "li",
      {
        id: `${this.ident}-group-${ruleId}`,
        className: `hb-checker__rule-group hb-checker__rule-group--${group.severity}`,
        "data-rule-id": ruleId,
        "data-count": String(indexes.length),
        "data-risk": group.risk,
      },
      line,
      list,
    );
    if (group.limit) item.dataset.limit = group.limit;
    if (indexes.length > 1 && indexes.every((index) => findings[index].fix)) {
      const all = element("button", { type: "button", className: "hb-checker__fix hb-checker__fix-all", text: `Fix all ${NUMBER.format(indexes.length)}` });
      all.addEventListener("click", () => this.applyAllFixes(group, findings));
      line.append(" ", all);
    }
    if (indexes.length > SHOWN_PER_RULE) {
      const label = indexes.length > LIST_LIMIT ? `Show the first ${NUMBER.format(LIST_LIMIT)} of ${NUMBER.format(indexes.length)}` : `Show all ${NUMBER.format(indexes.length)}`;
      const more = element("button", { type: "button", className: "hb-checker__more", text: `${label} (${ruleId})` });
      more.addEventListener("click", () => this.renderRest(list, more, group, findings, generation));
      item.append(element("p", {}, more));
    }
    return item;
  }

  // Lists the rest of a rule's occurrences in chunks, one task each, until done or re-rendered.
  renderRest(list, button, group, findings, generation) {
    const indexes = group.findings;
    let next = SHOWN_PER_RULE;
    button.disabled = true;
    list.setAttribute("aria-busy", "true");
    const last = Math.min(indexes.length, LIST_LIMIT);
    const step = () => {
      if (generation !== this.renderGeneration) return;
      const chunk = document.createDocumentFragment();
      const stop = Math.min(last, next + CHUNK);
      for (; next < stop; next += 1) chunk.append(this.renderFinding(findings[indexes[next]], indexes[next], group));
      list.append(chunk);
      if (next < last) {
        button.textContent = `Listing ${next} of ${last}…`;
        requestAnimationFrame(() => setTimeout(step, 0)); // one chunk per frame: layout stays small
      } else {
        list.removeAttribute("aria-busy");
        const rest = indexes.length - last;
        if (rest) button.parentElement.replaceChildren(`${rest} more occurrences are not listed: fix these and check again.`);
        else button.parentElement.remove();
      }
    };
    step();
  }

  renderFinding(finding, index, group) {
    const where = element("p", { className: "hb-checker__where" });
    if (finding.end_utf16 > finding.start_utf16) {
      // Quoted once: not again when the message already quotes it.
      if (!finding.message.includes(`“${finding.text}”`)) {
        const quoted = finding.text.length > 120 ? `${finding.text.slice(0, 117)}…` : finding.text;
        where.append(`${group.quote}: `, element("q", { className: "hb-checker__quote", text: quoted }), " ");
      }
      const show = element("button", { type: "button", className: "hb-checker__show", text: "Show in draft" });
      show.addEventListener("click", () => this.showInDraft(finding));
      where.append(show);
      if (finding.fix) {
        const fix = element("button", { type: "button", className: "hb-checker__fix", text: finding.fix.label });
        fix.addEventListener("click", () => this.applyFix(finding));
        where.append(" ", fix);
      }
    }
    return element(
      "li",
      {
        id: `${this.ident}-finding-${index}`,
        className: `hb-checker__finding hb-checker__finding--${finding.severity}`,
        "data-rule-id": finding.rule_id,
        "data-severity": finding.severity,
        "data-start": String(finding.start_utf16),
        "data-end": String(finding.end_utf16),
        "data-index": String(index),
      },
      element(
        "p",
        { className: "hb-checker__message" },
        element("span", { className: `hb-checker__badge hb-checker__badge--${finding.severity}`, text: finding.severity }),
        " ",
        element("span", { text: finding.message }),
      ),
      where,
    );
  }

  // A quick fix from the engine, applied only on this click, as an edit the browser can undo (Ctrl+Z).
  applyFix(finding) {
    if (!this.isCurrent() || !finding.fix) return; // its offsets belong to another text
    const { start_utf16: start, end_utf16: end, replacement, label } = finding.fix;
    this.replaceInDraft(start, end, replacement);
    this.fixApplied(`${label} (${finding.rule_id})`, finding.rule_id);
  }

  // Every occurrence's fix at once, as one edit (one undo step); overlapping fixes after the first are skipped.
  applyAllFixes(group, findings) {
    if (!this.isCurrent()) return;
    const fixes = group.findings.map((index) => findings[index].fix).sort((a, b) => a.start_utf16 - b.start_utf16);
    const text = this.draft.value;
    const parts = [];
    let position = fixes[0].start_utf16;
    for (const fix of fixes) {
      if (fix.start_utf16 < position) continue;
      parts.push(text.slice(position, fix.start_utf16), fix.replacement);
      position = fix.end_utf16;
    }
    this.replaceInDraft(fixes[0].start_utf16, position, parts.join(""));
    this.fixApplied(`fixed all ${group.findings.length} (${group.rule_id})`, group.rule_id);
  }

  replaceInDraft(start, end, replacement) {
    if (start === end && !replacement) return; // nothing to change ("delete" would take a character)
    this.draft.focus();
    this.draft.setSelectionRange(start, end);
    let done = false;
    try {
      done = replacement ? document.execCommand("insertText", false, replacement) : document.execCommand("delete");
    } catch {
      done = false;
    }
    if (!done) {
      this.draft.setRangeText(replacement, start, end, "end");
      this.draft.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  fixApplied(what, ruleId) {
    this.fixText.textContent = `Applied: ${what}.`;
    this.fixNote.hidden = false;
    this.root.dataset.fixed = ruleId;
    this.announce(`Applied: ${what}. Undo with Control+Z or the Undo button.`);
  }

  undoFix() {
    this.draft.focus();
    let done = false;
    try {
      done = document.execCommand("undo");
    } catch {
      done = false;
    }
    this.fixNote.hidden = true;
    this.announce(done ? "The fix was undone." : "The browser could not undo the fix: press Control+Z in the draft.");
  }

  showInDraft(finding) {
    if (!this.isCurrent()) return; // its offsets belong to another text
    this.draft.focus();
    this.draft.setSelectionRange(finding.start_utf16, finding.end_utf16);
    this.keepDraftInView();
  }

  // A mark leads to its finding: the finding's item when it is listed, its rule's group otherwise.
  markClicked(event) {
    const mark = event.target.closest("mark");
    if (!mark || !mark.dataset.findings) return;
    const index = mark.dataset.findings.split(" ")[0];
    const rule = mark.dataset.rules.split(" ")[0];
    const target = document.getElementById(`${this.ident}-finding-${index}`) || this.groups.querySelector(`[data-rule-id="${CSS.escape(rule)}"]`);
    if (target) target.scrollIntoView({ block: "nearest" });
  }

  // One sweep over the spans' sorted starts and ends: each passage between two boundaries is a
  // mark carrying every severity and every rule that covers it (so overlapping findings all stay
  // visible) and, per rule, one covering finding. At most MAX_MARKS marks; the rest is plain text.
  renderMarked() {
    const text = this.shown.key.text;
    const findings = this.findings();
    const spans = [];
    findings.forEach((f, index) => {
      if (f.end_utf16 > f.start_utf16) spans.push(index);
    });
    if (!spans.length) {
      this.markedSection.hidden = true;
      this.markedNote.hidden = true;
      this.marked.replaceChildren();
      return;
    }
    const starts = spans.slice().sort((a, b) => findings[a].start_utf16 - findings[b].start_utf16);
    const ends = spans.slice().sort((a, b) => findings[a].end_utf16 - findings[b].end_utf16);
    const severities = new Map(SEVERITIES.map((s) => [s.name, 0]));
    const covering = new Map(); // rule ID → indexes of its findings covering the sweep's position
    const out = new MarkedBlocks();
    let position = 0;
    let marks = 0;
    let i = 0;
    let j = 0;
    while (j < ends.length && marks < MAX_MARKS) {
      const next = i < starts.length ? Math.min(findings[starts[i]].start_utf16, findings[ends[j]].end_utf16) : findings[ends[j]].end_utf16;
      if (next > position) {
        const piece = text.slice(position, next);
        if (covering.size) {
          const mark = this.markFor(severities, covering);
          out.add(piece, mark);
          marks += 1;
        } else out.add(piece, null);
        position = next;
      }
      for (; j < ends.length && findings[ends[j]].end_utf16 === next; j += 1) {
        const f = findings[ends[j]];
        severities.set(f.severity, severities.get(f.severity) - 1);
        const open = covering.get(f.rule_id);
        open.delete(ends[j]);
        if (!open.size) covering.delete(f.rule_id);
      }
      for (; i < starts.length && findings[starts[i]].start_utf16 === next; i += 1) {
        const f = findings[starts[i]];
        severities.set(f.severity, (severities.get(f.severity) || 0) + 1);
        if (!covering.has(f.rule_id)) covering.set(f.rule_id, new Set());
        covering.get(f.rule_id).add(starts[i]);
      }
    }
    if (position < text.length) out.add(text.slice(position), null);
    const capped = j < ends.length;
    this.markedNote.textContent = capped ? `Only the first ${MAX_MARKS} marked passages are shown; the rest of the draft follows without marks.` : "";
    this.markedNote.hidden = !capped;
    this.marked.replaceChildren(...out.blocks);
    this.markedSection.hidden = false;
  }

  markFor(severities, covering) {
    const present = SEVERITIES.filter((s) => severities.get(s.name) > 0).map((s) => s.name);
    const classes = ["hb-checker__mark", ...present.map((name) => `hb-checker__mark--${name}`)];
    if (covering.size > 1) classes.push("hb-checker__mark--overlap");
    const rules = [...covering.keys()];
    const firsts = [...covering.values()].map((open) => open.values().next().value);
    return element("mark", {
      className: classes.join(" "),
      "data-rules": rules.join(" "),
      "data-findings": firsts.join(" "),
      title: rules.join(", "),
    });
  }

  renderManual() {
    const points = this.shown.accountManual || [];
    this.accountManual.hidden = points.length === 0;
    this.accountSummary.textContent = `Running this account: ${plural(points.length, "point", "points")}, not per draft`;
    const accountIds = points.map((r) => r.rule_id).join(" ");
    if (this.accountList.dataset.ids !== accountIds) {
      this.accountList.dataset.ids = accountIds;
      this.accountList.replaceChildren(
        ...points.map((rule) =>
          element(
            "li",
            { "data-rule-id": rule.rule_id, "data-severity": rule.severity },
            element("span", { className: `hb-checker__badge hb-checker__badge--${rule.severity}`, text: rule.severity }),
            " ",
            element("a", { href: new URL(rule.link, this.siteRoot).href, text: `${rule.rule_id}: ${rule.title}` }),
          ),
        ),
      );
    }
    const manual = this.shown.manual;
    this.manual.hidden = manual.length === 0;
    this.manualSummary.textContent = `Check these yourself: ${plural(manual.length, "point", "points")} no machine can check`;
    // Rebuilt only when the list changes; ticks are kept per rule ID, so they survive a platform switch.
    const ids = manual.map((r) => r.rule_id).join(" ");
    if (this.manualList.dataset.ids === ids) return;
    this.manualList.dataset.ids = ids;
    this.manualList.replaceChildren(
      ...manual.map((rule) => {
        const box = element("input", { type: "checkbox", id: `${this.ident}-manual-${rule.rule_id}` });
        box.checked = this.ticked.has(rule.rule_id);
        box.addEventListener("change", () => (box.checked ? this.ticked.add(rule.rule_id) : this.ticked.delete(rule.rule_id)));
        return element(
          "li",
          { "data-rule-id": rule.rule_id, "data-severity": rule.severity },
          box,
          " ",
          element("span", { className: `hb-checker__badge hb-checker__badge--${rule.severity}`, text: rule.severity }),
          " ",
          element("label", { for: box.id, text: rule.title }),
          " ",
          element("a", { href: new URL(rule.link, this.siteRoot).href, text: rule.rule_id, "aria-label": `Rule ${rule.rule_id}` }),
          rule.summary ? element("p", { className: "hb-checker__manual-summary", text: rule.summary }) : null,
        );
      }),
    );
  }

  // --- images ------------------------------------------------------------------------

  // The image's platform and account are those of the last text report, whose uses the menu shows.
  imageKey() {
    const { platform, account } = this.shown.key;
    return { platform, account, use: this.useSelect.value, file: this.imageFile };
  }

  static sameImage(a, b) {
    return !!a && !!b && a.platform === b.platform && a.account === b.account && a.use === b.use && a.file === b.file;
  }

  renderImageUses() {
    const uses = this.shown.images || [];
    this.imageSection.hidden = uses.length === 0;
    const wanted = uses.map((u) => u.use).join(" ");
    if (this.useSelect.dataset.uses !== wanted) {
      const previous = this.useSelect.value;
      // No default: a profile photo's verdict on a post picture would hide its problems.
      const choose = element("option", { value: "", text: "Choose…" });
      this.useSelect.replaceChildren(choose, ...uses.map((u) => element("option", { value: u.use, text: u.label })));
      this.useSelect.value = "";
      if (uses.some((u) => u.use === previous)) this.useSelect.value = previous;
      this.useSelect.dataset.uses = wanted;
    }
    if (uses.length) this.requestImage();
  }

  async requestImage() {
    if (this.imageFile && !this.useSelect.value && !this.imageSection.hidden) {
      this.imageShown = null;
      this.imageAbout.hidden = true;
      this.imageFindings.replaceChildren();
      this.imageSummary.textContent = "Choose what the image is for: each use has its own sizes and limits.";
      this.imageSection.dataset.current = "true";
      return;
    }
    if (!this.ready || !this.shown || !this.imageFile || this.imageSection.hidden || !this.useSelect.value) return;
    const key = this.imageKey();
    if (this.imageShown && Checker.sameImage(key, this.imageShown.key)) {
      this.imageSection.dataset.current = "true";
      return;
    }
    this.imageSection.dataset.current = "false";
    if (this.imageInFlight) return; // asked again when the answer comes
    this.imageSeq += 1;
    const id = this.imageSeq;
    this.imageInFlight = { id, key };
    let data;
    try {
      data = await key.file.slice(0, this.headerBytes).arrayBuffer();
    } catch (error) {
      if (this.imageInFlight && this.imageInFlight.id === id) this.imageInFlight = null;
      this.imageShown = { key, result: { image: null, findings: [], error: "The browser could not read this file. Pick it again." } };
      this.renderImage();
      return;
    }
    if (!this.imageInFlight || this.imageInFlight.id !== id || !this.ready) return; // the worker restarted meanwhile
    const { platform, use, account } = key;
    this.worker.postMessage({ type: "image", id, data, platform, use, account, fileSize: key.file.size }, [data]);
  }

  imageAnswered(message) {
    if (!this.imageInFlight || message.id !== this.imageInFlight.id) return; // a stale answer
    const key = this.imageInFlight.key;
    this.imageInFlight = null;
    if (Checker.sameImage(key, this.imageKey())) {
      const result =
        message.type === "image-report" ? message.result : { image: null, findings: [], error: `This image could not be checked: ${message.detail}` };
      this.imageShown = { key, result };
      this.renderImage();
    }
    this.requestImage();
  }

  renderImage() {
    const section = this.imageSection;
    delete section.dataset.error;
    if (!this.imageShown) {
      this.imageAbout.hidden = true;
      this.imageSummary.textContent = this.useSelect.value ? "Pick an image to check its size." : "Choose what the image is for, then pick an image to check its size.";
      this.imageFindings.replaceChildren();
      section.dataset.current = "true";
      return;
    }
    const { key, result } = this.imageShown;
    let announcement;
    if (result.error) {
      this.imageAbout.hidden = true;
      this.imageSummary.textContent = result.error;
      section.dataset.error = "true";
      announcement = `The image was not checked. ${result.error}`;
    } else {
      const { format, width, height, file_size: fileSize, rotated } = result.image;
      const turned = rotated ? " (turned upright, as its orientation setting says)" : "";
      this.imageAbout.textContent = `${format} image, ${width} × ${height} pixels${turned}, ${describeBytes(fileSize)}.`;
      Object.assign(this.imageAbout.dataset, { format, width: String(width), height: String(height) });
      this.imageAbout.hidden = false;
      const findings = result.findings;
      const useLabel = [...this.useSelect.options].find((o) => o.value === key.use)?.textContent || key.use;
      const platformLabel = [...this.platformSelect.options].find((o) => o.value === key.platform)?.textContent || key.platform;
      const summary = findings.length
        ? SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s.name).length])
            .filter(([, n]) => n)
            .map(([s, n]) => plural(n, s.one, s.many))
            .join(", ") + "."
        : `No problems found for this ${useLabel.toLowerCase()} on ${platformLabel}.`;
      this.imageSummary.textContent = summary;
      announcement = `Image ${width} × ${height}: ${summary}`;
    }
    this.imageFindings.replaceChildren(...result.findings.map((finding) => this.renderImageFinding(finding)));
    section.dataset.current = "true";
    section.dataset.checks = String(this.imageSeq);
    this.announce(announcement);
  }

  renderImageFinding(finding) {
    return element(
      "li",
      {
        className: `hb-checker__image-finding hb-checker__image-finding--${finding.severity}`,
        "data-rule-id": finding.rule_id,
        "data-severity": finding.severity,
      },
      element(
        "p",
        { className: "hb-checker__message" },
        element("span", { className: `hb-checker__badge hb-checker__badge--${finding.severity}`, text: finding.severity }),
        " ",
        element("span", { text: finding.message }),
      ),
      element(
        "p",
        { className: "hb-checker__rule-line" },
        element("a", { href: new URL(finding.link, this.siteRoot).href, className: "hb-checker__rule", text: `${finding.rule_id}: ${finding.title}` }),
      ),
    );
  }

  // --- feedback ------------------------------------------------------------------------

  // The feedback report, as plain text or Markdown: what was checked, when, against which
  // rulebook, the verdict, the findings per rule in risk order, and the manual points not ticked.
  feedbackText(format = "text") {
    const md = format === "markdown";
    const platform = this.platformSelect.selectedOptions[0].textContent;
    const account = this.accountSelect.selectedOptions[0].textContent;
    const link = (path) => new URL(path, this.siteRoot).href;
    const cite = (ruleId, path) => (md ? `[${ruleId}](${link(path)})` : `${ruleId}`);
    const url = (path) => (md ? "" : ` ${link(path)}`);
    const heading = (text) => (md ? `### ${text}` : `${text}:`);
    const lines = [md ? "## Checked against the social media handbook" : "Checked against the social media handbook."];
    lines.push(`${md ? "- " : ""}Text: ${platform}, ${account.toLowerCase()}`);
    lines.push(`${md ? "- " : ""}Date: ${new Date().toISOString().slice(0, 10)}`);
    if (!this.isCurrent()) {
      // Never the findings of another text: only those of the draft in the box.
      lines.push("", "The checker has not checked this draft yet.");
      return lines.join("\n");
    }
    const report = this.shown.report;
    if (report.rulebook) lines.push(`${md ? "- " : ""}Rulebook: ${report.rulebook}`);
    const language = this.languageLine(report.language);
    if (language) lines.push(`${md ? "- " : ""}${language}`);
    lines.push("", md ? `**${this.summary.textContent}**` : this.summary.textContent);
    if (this.withDraft.checked) {
      const text = this.shown.key.text;
      if (md) {
        const fence = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        lines.push("", heading("The draft"), "", fence + "text", text, fence);
      } else lines.push("", heading("The draft"), ...text.split("\n").map((line) => `> ${line}`));
    }
    const findings = this.findings();
    const groups = findings.length ? report.groups : [];
    let risk = null;
    for (const group of groups) {
      if (group.risk !== risk) {
        risk = group.risk;
        const count = groups.filter((g) => g.risk === risk).reduce((sum, g) => sum + g.findings.length, 0);
        lines.push("", heading(`${RISK_HEADINGS[risk] || risk} (${count})`));
      }
      const quoteOf = (f) => (f.text && f.text.length <= 80 && !f.message.includes(`“${f.text}”`) ? ` (${group.quote.toLowerCase()}: "${f.text.replace(/\s+/g, " ")}")` : "");
      if (group.findings.length === 1) {
        const f = findings[group.findings[0]];
        lines.push(`- ${cite(group.rule_id, group.link)}: ${f.message}${quoteOf(f)}${url(group.link)}`);
      } else {
        lines.push(`- ${cite(group.rule_id, group.link)} × ${group.findings.length}: ${group.title}${url(group.link)}`);
        for (const index of group.findings.slice(0, LIST_LIMIT)) lines.push(`  - ${findings[index].message}${quoteOf(findings[index])}`);
        if (group.findings.length > LIST_LIMIT) lines.push(`  - … and ${group.findings.length - LIST_LIMIT} more`);
      }
    }
    const open = this.shown.manual.filter((rule) => !this.ticked.has(rule.rule_id));
    if (open.length) {
      lines.push("", heading(`To check by hand (${open.length} not ticked)`));
      for (const rule of open) lines.push(`- ${cite(rule.rule_id, rule.link)} (${rule.severity}): ${rule.title}${url(rule.link)}`);
    }
    return lines.join("\n");
  }

  async copyFeedback(format = "text") {
    const text = this.feedbackText(format);
    let done = false;
    try {
      await navigator.clipboard.writeText(text);
      done = true;
    } catch {
      const scratch = element("textarea", { className: "hb-checker__sr-only", "aria-hidden": "true", tabindex: "-1" });
      scratch.value = text;
      document.body.append(scratch);
      scratch.select();
      try {
        done = document.execCommand("copy");
      } catch {
        done = false;
      }
      scratch.remove();
      (format === "markdown" ? this.copyMarkdown : this.copyButton).focus();
    }
    this.root.dataset.feedback = text;
    const said = done ? "Feedback copied to the clipboard." : "The browser did not allow copying. Select the findings and copy them by hand.";
    this.copyStatus.textContent = said;
    this.announce(said);
  }

  destroy() {
    clearTimeout(this.timer);
    clearTimeout(this.loadWatchdog);
    clearTimeout(this.debounce);
    if (this.observer) this.observer.disconnect();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }
}

// "Your draft, marked" as blocks of about BLOCK_CHARS UTF-16 units each: the browser lays out
// (CSS content-visibility) only the blocks in view, so a long draft costs nothing to draw at once.
// A passage longer than a block's room is split, its mark repeated in the next block.
class MarkedBlocks {
  constructor() {
    this.blocks = [];
    this.room = 0;
  }

  add(text, mark) {
    let from = 0;
    while (from < text.length) {
      if (this.room === 0) {
        this.blocks.push(element("span", { className: "hb-checker__marked-block" }));
        this.room = BLOCK_CHARS;
      }
      let to = Math.min(text.length, from + this.room);
      const code = text.charCodeAt(to - 1);
      if (to < text.length && code >= 0xd800 && code <= 0xdbff) to += 1; // never split a surrogate pair
      const piece = text.slice(from, to);
      const block = this.blocks[this.blocks.length - 1];
      if (mark) {
        const node = mark.cloneNode(false);
        node.textContent = piece;
        block.append(node);
      } else block.append(piece);
      this.room = Math.max(0, this.room - (to - from));
      from = to;
    }
  }
}

function describeBytes(bytes) {
  if (bytes < 1000) return plural(bytes, "byte", "bytes");
  if (bytes < 1000 * 1000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
}

// A bound with its unit: "platform limit 63,206 characters", "suggested 90–100 weighted characters".
function describeBound(bound, unit) {
  const { min, max, source } = bound;
  const n = (value) => NUMBER.format(value);
  const range = min !== null && max !== null ? `${n(min)}–${n(max)}` : max !== null ? `at most ${n(max)}` : `at least ${n(min)}`;
  if (source === "platform") return max !== null && min === null ? `platform limit ${n(max)} ${unit}` : `platform: ${range} ${unit}`;
  return `suggested ${range} ${unit}`;
}

const LIMIT_TAGS = {
  platform: { icon: "⛔", words: "Over the platform's limit" },
  house: { icon: "△", words: "Outside the suggested range" },
};

const instances = new Map();

function setUp() {
  for (const [root, checker] of instances) {
    if (!root.isConnected) {
      checker.destroy();
      instances.delete(root);
    }
  }
  for (const root of document.querySelectorAll(".hb-checker")) {
    if (instances.has(root)) continue;
    presetFromAddress(root);
    instances.set(root, new Checker(root));
  }
}

// `checker/?platform=facebook&account=personal` opens the checker preset; a value the
// pickers do not offer is ignored (the page's own preset stays). `#draft=<text>` (from
// "Check many posts") fills the draft: the fragment never reaches a server, and it is
// dropped from the address at once so that the draft stays out of the browser's history.
function presetFromAddress(root) {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const draft = root.querySelector("textarea");
  if (fragment.has("draft") && draft && root === document.querySelector(".hb-checker")) {
    draft.value = fragment.get("draft");
    history.replaceState(history.state, "", location.pathname + location.search);
  }
  const query = new URLSearchParams(location.search);
  for (const name of ["platform", "account"]) {
    const select = root.querySelector(`select[name=${name}]`);
    const value = query.get(name);
    if (select && value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
      root.dataset[name] = value;
    }
  }
}

setUp();
// Material's instant navigation swaps pages without reloading this module.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(setUp);
