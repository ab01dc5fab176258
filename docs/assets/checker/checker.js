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

const CHECK_TIMEOUT_MS = 2000;
const LOAD_TIMEOUT_MS = 60000;
const DEBOUNCE_MS = 200;
const SEVERITIES = [
  { name: "error", one: "error", many: "errors", heading: "Errors" },
  { name: "warning", one: "warning", many: "warnings", heading: "Warnings" },
  { name: "suggestion", one: "suggestion", many: "suggestions", heading: "Suggestions" },
];
const WORKER_URL = new URL("worker.mjs", import.meta.url);
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
  "slow-load": "The checker is taking too long to start (over a minute). Reload the page to try again.",
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
    this.pyodideURL = new URL(root.dataset.pyodide, document.baseURI).href;
    this.bundleURL = new URL(root.dataset.bundle, document.baseURI).href;
    this.wasmURL = root.dataset.wasm ? new URL(root.dataset.wasm, document.baseURI).href : "";
    this.stdlibURL = new URL(root.dataset.stdlib, document.baseURI).href;
    this.snapshotURL = root.dataset.snapshot ? new URL(root.dataset.snapshot, document.baseURI).href : "";
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
    this.groups = element("div", { className: "hb-checker__groups" });
    this.markedHeading = element("h3", { id: `${id}-marked-heading`, text: "Your draft, marked" });
    this.marked = element("div", { className: "hb-checker__marked", "aria-labelledby": `${id}-marked-heading` });
    this.markedSection = element("section", { className: "hb-checker__marked-section" }, this.markedHeading, this.marked);
    this.markedSection.hidden = true;
    this.results = element(
      "section",
      { className: "hb-checker__results", "aria-labelledby": `${id}-results-heading` },
      element("h3", { id: `${id}-results-heading`, text: "What the checker found" }),
      this.summary,
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
    this.copyButton = element("button", { type: "button", className: "md-button hb-checker__copy", text: "Copy feedback" });
    this.copyStatus = element("span", { className: "hb-checker__copy-status" });
    const actions = element("p", { className: "hb-checker__actions" }, this.copyButton, this.copyStatus);
    this.buildImage();
    this.root.append(this.counters, this.announcer, this.results, this.markedSection, actions, this.imageSection, this.manual);
    this.summary.textContent = "Type or paste a draft.";
  }

  buildImage() {
    const id = this.ident;
    this.useSelect = element("select", { id: `${id}-image-use`, name: "image-use" });
    this.fileInput = element("input", { type: "file", id: `${id}-image-file`, name: "image-file", accept: IMAGE_TYPES });
    this.imageAbout = element("p", { className: "hb-checker__image-about" });
    this.imageSummary = element("p", { className: "hb-checker__image-summary", text: "Pick an image to check its size." });
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
    // A paste or drop is a whole draft: check it at once; typing waits for a pause.
    this.draft.addEventListener("input", (event) => this.changed(/^insertFrom(Paste|Drop)/.test(event.inputType || "") ? 0 : DEBOUNCE_MS));
    this.platformSelect.addEventListener("change", () => this.changed(0));
    this.accountSelect.addEventListener("change", () => this.changed(0));
    this.draft.addEventListener("focus", () => this.start(), { once: true });
    this.copyButton.addEventListener("click", () => this.copyFeedback());
    this.useSelect.addEventListener("change", () => this.requestImage());
    this.fileInput.addEventListener("change", () => {
      this.imageFile = this.fileInput.files.length ? this.fileInput.files[0] : null;
      this.imageShown = null;
      if (!this.imageFile) this.renderImage();
      else this.requestImage();
    });
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
    this.spawn();
  }

  spawn() {
    this.ready = false;
    this.setState("loading");
    this.progress.hidden = false;
    this.progress.value = 0;
    this.setStatus(this.restarts ? "Restarting the checker…" : "Loading the checker… You can type already.", "loading");
    try {
      this.worker = new Worker(WORKER_URL, { type: "module", name: "handbook-checker" });
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
    clearTimeout(this.loadWatchdog);
    this.loadWatchdog = setTimeout(() => {
      if (!this.ready && worker === this.worker) this.fail("slow-load");
    }, LOAD_TIMEOUT_MS);
    worker.postMessage({
      type: "start",
      pyodideURL: this.pyodideURL,
      wasmURL: this.wasmURL,
      stdlibURL: this.stdlibURL,
      lock: this.root.dataset.lock,
      snapshotURL: this.snapshotURL,
      bundleURL: this.bundleURL,
      fullStart: new URLSearchParams(location.search).get("checker-start") === "full",
    });
  }

  receive(message) {
    if (message.type === "progress") {
      this.progress.value = message.step;
      if (message.step >= message.total) return;
      const step = `${message.label} (step ${message.step} of ${message.total})…`;
      if (this.restartNote) this.setStatus(`${this.restartNote} Restarting the checker: ${step}`, "warning");
      else this.setStatus(`Loading the checker: ${step} You can type already.`, "loading");
    } else if (message.type === "ready") {
      clearTimeout(this.loadWatchdog);
      this.ready = true;
      this.headerBytes = message.headerBytes;
      this.root.dataset.start = message.start;
      this.root.dataset.startTimings = JSON.stringify(message.timings);
      this.progress.hidden = true;
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
    this.root.dataset.restarts = String(this.restarts);
    this.announce(text);
    this.spawn();
    this.setState("restarting");
    this.setStatus(`${text} Restarting the checker…`, "warning");
  }

  // --- checking ----------------------------------------------------------------------

  changed(delay) {
    this.root.dataset.current = "false";
    if (!this.started) this.start();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.request(), delay);
  }

  request() {
    if (!this.ready || this.inFlight) return;
    const key = this.key();
    if (Checker.same(key, this.stalledKey)) return;
    if (this.shown && Checker.same(key, this.shown.key)) {
      this.root.dataset.current = "true";
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
        this.shown = { key, report: message.report, manual: message.manual, images: message.images, ms: message.ms };
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
    return this.shown.key.text.trim() ? this.shown.report.findings : [];
  }

  render() {
    this.renderCounters();
    this.renderFindings();
    this.renderMarked();
    this.renderManual();
    this.root.dataset.current = "true";
    this.root.dataset.checks = String(this.seq);
    this.root.dataset.lastCheckMs = this.shown.ms.toFixed(1);
  }

  renderCounters() {
    const items = this.shown.report.counters.map((counter) => {
      const limits = counter.bounds.map((bound) => describeBound(bound)).join(" · ");
      const item = element(
        "li",
        { className: `hb-checker__counter hb-checker__counter--${counter.state}`, "data-measure": counter.measure },
        element("span", { className: "hb-checker__counter-label", text: counter.label }),
        element("span", { className: "hb-checker__counter-value", text: String(counter.value) }),
        limits ? element("span", { className: "hb-checker__counter-limits", text: limits }) : null,
      );
      if (counter.state === "outside") item.append(element("span", { className: "hb-checker__sr-only", text: " (outside the limit)" }));
      return item;
    });
    this.counters.replaceChildren(...items);
  }

  renderFindings() {
    const findings = this.findings();
    const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s.name)]);
    const platformLabel = this.platformSelect.selectedOptions[0].textContent;
    let summary;
    if (!this.shown.key.text.trim()) summary = "Type or paste a draft.";
    else if (!findings.length) summary = `No problems found in this ${platformLabel.toLowerCase()}.`;
    else summary = counts.filter(([, list]) => list.length).map(([s, list]) => plural(list.length, s.one, s.many)).join(", ") + ".";
    this.summary.textContent = summary;
    this.announce(summary);
    const groups = counts
      .filter(([, list]) => list.length)
      .map(([severity, list]) =>
        element(
          "section",
          { className: `hb-checker__group hb-checker__group--${severity.name}` },
          element("h4", { text: `${severity.heading} (${list.length})` }),
          element("ul", {}, ...list.map((finding) => this.renderFinding(finding, findings.indexOf(finding)))),
        ),
      );
    this.groups.replaceChildren(...groups);
  }

  renderFinding(finding, index) {
    const link = element("a", { href: new URL(finding.link, this.siteRoot).href, className: "hb-checker__rule" }, `${finding.rule_id}: ${finding.title}`);
    const where = element("p", { className: "hb-checker__where" });
    if (finding.end_utf16 > finding.start_utf16) {
      const quoted = finding.text.length > 120 ? `${finding.text.slice(0, 117)}…` : finding.text;
      where.append(element("q", { className: "hb-checker__quote", text: quoted }), " ");
      const show = element("button", { type: "button", className: "hb-checker__show", text: "Show in draft" });
      show.addEventListener("click", () => this.showInDraft(finding));
      where.append(show);
    }
    return element(
      "li",
      {
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
      element("p", { className: "hb-checker__rule-line" }, link),
    );
  }

  showInDraft(finding) {
    this.draft.focus();
    this.draft.setSelectionRange(finding.start_utf16, finding.end_utf16);
  }

  renderMarked() {
    const text = this.shown.key.text;
    const spans = this.findings().filter((f) => f.end_utf16 > f.start_utf16);
    if (!spans.length) {
      this.markedSection.hidden = true;
      this.marked.replaceChildren();
      return;
    }
    const cuts = new Set([0, text.length]);
    for (const f of spans) cuts.add(f.start_utf16).add(f.end_utf16);
    const points = [...cuts].sort((a, b) => a - b);
    const rank = Object.fromEntries(SEVERITIES.map((s, i) => [s.name, i]));
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const piece = text.slice(start, end);
      const covering = spans.filter((f) => f.start_utf16 <= start && end <= f.end_utf16);
      if (!covering.length) {
        pieces.push(document.createTextNode(piece));
        continue;
      }
      const worst = covering.reduce((a, b) => (rank[b.severity] < rank[a.severity] ? b : a));
      const ids = [...new Set(covering.map((f) => f.rule_id))].join(" ");
      pieces.push(
        element("mark", { className: `hb-checker__mark hb-checker__mark--${worst.severity}`, "data-rules": ids, title: ids, text: piece }),
      );
    }
    this.marked.replaceChildren(...pieces);
    this.markedSection.hidden = false;
  }

  renderManual() {
    const manual = this.shown.manual;
    this.manual.hidden = manual.length === 0;
    this.manualSummary.textContent = `Check these yourself: ${plural(manual.length, "rule", "rules")} no machine can check`;
    const items = manual.map((rule, i) => {
      const box = element("input", { type: "checkbox", id: `${this.ident}-manual-${i}` });
      return element(
        "li",
        { "data-rule-id": rule.rule_id },
        box,
        " ",
        element("label", { for: box.id, text: rule.title }),
        " ",
        element("a", { href: new URL(rule.link, this.siteRoot).href, text: rule.rule_id, "aria-label": `Rule ${rule.rule_id}` }),
        rule.summary ? element("p", { className: "hb-checker__manual-summary", text: rule.summary }) : null,
      );
    });
    // Keep ticks when only the draft changed.
    const ids = manual.map((r) => r.rule_id).join(" ");
    if (this.manualList.dataset.ids !== ids) {
      this.manualList.replaceChildren(...items);
      this.manualList.dataset.ids = ids;
    }
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
      this.useSelect.replaceChildren(...uses.map((u) => element("option", { value: u.use, text: u.label })));
      if (uses.some((u) => u.use === previous)) this.useSelect.value = previous;
      this.useSelect.dataset.uses = wanted;
    }
    if (uses.length) this.requestImage();
  }

  async requestImage() {
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
      this.imageSummary.textContent = "Pick an image to check its size.";
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

  feedbackText() {
    const platform = this.platformSelect.selectedOptions[0].textContent;
    const account = this.accountSelect.selectedOptions[0].textContent;
    const lines = [`Checked against the social media handbook: ${platform}, ${account.toLowerCase()}.`];
    if (!this.shown) {
      lines.push("The checker has not checked this draft yet.");
      return lines.join("\n");
    }
    const findings = this.findings();
    if (!findings.length) lines.push("The checker found no problems.");
    for (const severity of SEVERITIES) {
      const list = findings.filter((f) => f.severity === severity.name);
      if (!list.length) continue;
      lines.push("", `${severity.heading} (${list.length}):`);
      for (const f of list) {
        const quote = f.text && f.text.length <= 80 ? ` ("${f.text.replace(/\s+/g, " ")}")` : "";
        lines.push(`- ${f.rule_id}: ${f.message}${quote} ${new URL(f.link, this.siteRoot).href}`);
      }
    }
    if (this.shown.manual.length) {
      lines.push("", "To check by hand:");
      for (const rule of this.shown.manual) lines.push(`- ${rule.rule_id}: ${rule.title} ${new URL(rule.link, this.siteRoot).href}`);
    }
    return lines.join("\n");
  }

  async copyFeedback() {
    const text = this.feedbackText();
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
      this.copyButton.focus();
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

function describeBytes(bytes) {
  if (bytes < 1000) return plural(bytes, "byte", "bytes");
  if (bytes < 1000 * 1000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
}

function describeBound(bound) {
  const { min, max, source } = bound;
  if (source === "platform") {
    if (max !== null && min !== null) return `platform: ${min}–${max}`;
    return max !== null ? `limit ${max}` : `at least ${min}`;
  }
  if (min !== null && max !== null) return `suggested ${min}–${max}`;
  return max !== null ? `at most ${max}` : `at least ${min}`;
}

const instances = new Map();

function setUp() {
  for (const [root, checker] of instances) {
    if (!root.isConnected) {
      checker.destroy();
      instances.delete(root);
    }
  }
  for (const root of document.querySelectorAll(".hb-checker")) {
    if (!instances.has(root)) instances.set(root, new Checker(root));
  }
}

setUp();
// Material's instant navigation swaps pages without reloading this module.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(setUp);
