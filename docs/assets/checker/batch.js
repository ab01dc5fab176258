// "Check many posts": a scheduling tool's queue or an account's archive, checked in this page.
// UI and transport only: the file is read and every post checked by the handbook's Python
// (checks.exports and the engine, via checks.batch) in the checker's worker (worker.mjs).
//
// Privacy: the picked file is read in this page and handed to the worker (same page, no
// network); nothing is uploaded and nothing is stored. Results live in this page until it is
// closed; the downloads are made here (Blob) and saved only if the user saves them.
// Everything from the file is rendered with textContent, never as HTML.
//
// Responsiveness: the worker sends rows 50 posts at a time; the table shows one page of rows
// (PAGE_SIZE), redrawn at most every REDRAW_MS while a run goes on, so no task grows with the file.

import { newWorker, startMessage } from "./start.js";

const PAGE_SIZE = 50;
const REDRAW_MS = 400;
const SHOWN_MESSAGES = 3; // messages listed per rule in a row; the rest are counted
const EXCERPT = 280; // characters of a post shown in the table
const SEVERITIES = ["error", "warning", "suggestion"];
const NUMBER = new Intl.NumberFormat("en");
const CSV_COLUMNS = ["file", "date", "platform", "account", "line", "column", "rule", "severity", "message", "quote", "link"];
const ACCEPT = ".csv,.js,.json,.zip,text/csv,application/json,application/zip,text/javascript";

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

function plural(count, one, many) {
  return `${NUMBER.format(count)} ${count === 1 ? one : many}`;
}

function duration(ms) {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

// How serious a post's findings are: 0 for an error, 1 a warning, 2 a suggestion, 3 none.
function rank(row) {
  let best = 3;
  for (const group of row.groups) best = Math.min(best, SEVERITIES.indexOf(group.severity));
  return best;
}

function csvField(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function escapeHTML(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

class Batch {
  constructor(root) {
    this.root = root;
    this.siteRoot = new URL(root.dataset.root || "./", document.baseURI);
    this.checkerPage = new URL(root.dataset.checker || "checker/", document.baseURI);
    this.platformSelect = root.querySelector("select[name=platform]");
    this.accountSelect = root.querySelector("select[name=account]");
    this.platformLabels = Object.fromEntries([...this.platformSelect.options].map((o) => [o.value, o.textContent]));
    this.worker = null;
    this.ready = false;
    this.seq = 0;
    this.run = null; // {id, name, platform, account, began, done, total, state}
    this.file = null; // the picked File (a handle: its bytes are read only to hand them to the worker)
    this.pending = null; // a file picked before the worker was ready
    this.rows = [];
    this.view = [];
    this.pageStart = 0;
    this.redrawTimer = null;
    this.build();
    this.spawn();
  }

  // --- structure -------------------------------------------------------------------

  build() {
    const id = this.root.id;
    this.status = this.root.querySelector(".hb-batch__status");
    this.status.textContent = "Loading the checker…";
    this.fileInput = element("input", { type: "file", id: `${id}-file`, name: "file", accept: ACCEPT, className: "hb-batch__file" });
    this.drop = element(
      "div",
      { className: "hb-batch__drop", "data-drop": "" },
      element("p", { text: "Drop a file here, or choose one:" }),
      element("label", { for: this.fileInput.id, className: "hb-batch__file-label", text: "File to check (CSV, X archive tweets.js, Facebook your_posts_N.json, LinkedIn Shares.csv, or a ZIP of them)" }),
      this.fileInput,
    );
    this.columnSelect = element("select", { id: `${id}-column`, name: "column" });
    this.columnButton = element("button", { type: "button", className: "md-button", text: "Check this column" });
    this.columnNote = element("p", { className: "hb-batch__column-note" });
    this.columnBox = element(
      "div",
      { className: "hb-batch__column" },
      this.columnNote,
      element("p", {}, element("label", { for: this.columnSelect.id, text: "Column that holds the posts" }), this.columnSelect, " ", this.columnButton),
    );
    this.columnBox.hidden = true;
    this.progress = element("progress", { max: "1", value: "0", "aria-label": "Posts checked" });
    this.progressText = element("span", { className: "hb-batch__progress-text", "aria-live": "polite" });
    this.cancelButton = element("button", { type: "button", className: "md-button hb-batch__cancel", text: "Cancel" });
    this.progressBox = element("div", { className: "hb-batch__progress" }, this.progress, " ", this.progressText, " ", this.cancelButton);
    this.progressBox.hidden = true;
    this.summary = element("p", { className: "hb-batch__summary", "aria-live": "polite" });

    this.ruleFilter = element("select", { id: `${id}-rule`, name: "rule" }, element("option", { value: "", text: "All rules" }));
    this.severityFilter = element(
      "select",
      { id: `${id}-severity`, name: "severity" },
      element("option", { value: "", text: "Any severity" }),
      ...SEVERITIES.map((s) => element("option", { value: s, text: `${s[0].toUpperCase()}${s.slice(1)}s` })),
    );
    this.showFilter = element(
      "select",
      { id: `${id}-show`, name: "show" },
      element("option", { value: "all", text: "All posts" }),
      element("option", { value: "findings", text: "Posts with findings" }),
      element("option", { value: "clean", text: "Posts without findings" }),
      element("option", { value: "unreadable", text: "Records that could not be read" }),
    );
    this.sortSelect = element(
      "select",
      { id: `${id}-sort`, name: "sort" },
      element("option", { value: "file", text: "In file order" }),
      element("option", { value: "serious", text: "Most serious first" }),
      element("option", { value: "count", text: "Most findings first" }),
      element("option", { value: "oldest", text: "Oldest first" }),
      element("option", { value: "newest", text: "Newest first" }),
    );
    const filter = (select, text) => element("p", { className: "hb-batch__filter" }, element("label", { for: select.id, text }), select);
    this.filters = element(
      "div",
      { className: "hb-batch__filters" },
      filter(this.showFilter, "Show"),
      filter(this.ruleFilter, "Rule"),
      filter(this.severityFilter, "Severity"),
      filter(this.sortSelect, "Sort"),
    );
    this.tbody = element("tbody");
    this.table = element(
      "table",
      { className: "hb-batch__table" },
      element("caption", { className: "hb-batch__sr-only", text: "Every post of the file with its findings" }),
      element(
        "thead",
        {},
        element("tr", {}, ...["#", "Date", "Platform", "Post", "Findings", ""].map((h) => element("th", { scope: "col", text: h }))),
      ),
      this.tbody,
    );
    this.pageText = element("span", { className: "hb-batch__page-text" });
    this.previousButton = element("button", { type: "button", className: "md-button", text: "Previous" });
    this.nextButton = element("button", { type: "button", className: "md-button", text: "Next" });
    this.pager = element("p", { className: "hb-batch__pager" }, this.previousButton, " ", this.pageText, " ", this.nextButton);
    this.csvButton = element("button", { type: "button", className: "md-button", text: "Download CSV" });
    this.htmlButton = element("button", { type: "button", className: "md-button", text: "Download report (HTML)" });
    this.markdownButton = element("button", { type: "button", className: "md-button", text: "Download report (Markdown)" });
    this.exports = element("p", { className: "hb-batch__exports" }, this.csvButton, " ", this.htmlButton, " ", this.markdownButton);
    this.results = element("section", { className: "hb-batch__results" }, this.filters, this.exports, this.table, this.pager);
    this.results.hidden = true;
    this.root.append(this.drop, this.columnBox, this.progressBox, this.summary, this.results);
    this.listen();
  }

  listen() {
    this.fileInput.addEventListener("change", () => {
      if (this.fileInput.files.length) this.pick(this.fileInput.files[0]);
    });
    this.drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      this.drop.dataset.over = "true";
    });
    this.drop.addEventListener("dragleave", () => delete this.drop.dataset.over);
    this.drop.addEventListener("drop", (event) => {
      event.preventDefault();
      delete this.drop.dataset.over;
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) this.pick(file);
    });
    this.columnButton.addEventListener("click", () => this.file && this.begin(this.columnSelect.value));
    this.cancelButton.addEventListener("click", () => this.cancel());
    for (const select of [this.ruleFilter, this.severityFilter, this.showFilter, this.sortSelect]) {
      select.addEventListener("change", () => {
        this.pageStart = 0;
        this.refresh();
      });
    }
    this.previousButton.addEventListener("click", () => this.turn(-1));
    this.nextButton.addEventListener("click", () => this.turn(1));
    this.csvButton.addEventListener("click", () => this.download("csv"));
    this.htmlButton.addEventListener("click", () => this.download("html"));
    this.markdownButton.addEventListener("click", () => this.download("markdown"));
    // A changed platform or account changes the findings: check the file again.
    for (const select of [this.platformSelect, this.accountSelect]) {
      select.addEventListener("change", () => this.file && this.run && this.begin(this.run.column));
    }
  }

  setState(state) {
    this.root.dataset.state = state;
  }

  // --- the worker --------------------------------------------------------------------

  spawn() {
    this.setState("loading");
    if (location.protocol === "file:" || typeof WebAssembly !== "object") {
      return this.fail("The checker cannot start here: open the handbook from its web server, in a browser that runs WebAssembly.");
    }
    try {
      this.worker = newWorker();
    } catch (error) {
      return this.fail(`The checker cannot start: this browser cannot run its engine (${error}).`);
    }
    this.worker.addEventListener("message", (event) => this.receive(event.data));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail(`The checker stopped unexpectedly (${event.message || "no details"}). Reload the page to try again.`);
    });
    // The normal start: the file readers are not in the single-draft checker's start-up snapshot.
    this.worker.postMessage(startMessage(this.root, { fullStart: true }));
  }

  fail(text) {
    this.ready = false;
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.progressBox.hidden = true;
    this.setState("failed");
    this.status.textContent = text;
    this.status.dataset.kind = "error";
  }

  receive(message) {
    const type = message.type;
    if (type === "progress" && !this.ready) {
      this.status.textContent = `Loading the checker: ${message.label} (step ${message.step} of ${message.total})…`;
    } else if (type === "download" && !this.ready) {
      this.status.textContent = `Loading the checker: ${(message.loaded / 1e6).toFixed(1)} MB so far…`;
    } else if (type === "ready") {
      this.ready = true;
      this.status.textContent = "Ready: drop or choose a file. It stays on this device.";
      this.status.dataset.kind = "ready";
      this.setState("ready");
      if (this.pending) this.begin(this.pending.column);
      this.pending = null;
    } else if (type === "failed") {
      this.fail(`The checker cannot start (${message.reason}: ${message.detail}).`);
    } else if (!this.run || message.id !== this.run.id) {
      // an answer about a run that was cancelled or replaced
    } else if (type === "batch-columns") {
      this.columnsFound(message);
    } else if (type === "batch-progress") {
      Object.assign(this.run, { done: message.done, total: message.total, rulebook: message.rulebook || this.run.rulebook });
      this.showProgress();
    } else if (type === "batch-rows") {
      for (const row of message.rows) this.add(row);
      this.run.done = message.done;
      this.showProgress();
      this.scheduleRedraw();
    } else if (type === "batch-done" || type === "batch-cancelled") {
      this.finish(type === "batch-done" ? "done" : "cancelled", message);
    } else if (type === "batch-error") {
      this.finish("failed", message);
    }
  }

  // --- a run ---------------------------------------------------------------------------

  pick(file) {
    this.file = file;
    this.columnBox.hidden = true;
    this.columnSelect.replaceChildren();
    this.begin(null);
  }

  async begin(column) {
    if (this.run && this.run.state === "running") this.worker.postMessage({ type: "batch-cancel", id: this.run.id });
    this.seq += 1;
    const id = this.seq;
    const file = this.file;
    this.run = {
      id, name: file.name, column, platform: this.platformSelect.value, account: this.accountSelect.value,
      began: performance.now(), done: 0, total: 0, state: "running", rulebook: "",
    };
    this.rows = [];
    this.counts = new Map(); // rule ID -> {severity, title, posts}
    this.pageStart = 0;
    this.results.hidden = true;
    this.summary.textContent = "";
    if (!this.ready) {
      this.pending = { column };
      this.summary.textContent = `${file.name} will be checked as soon as the checker has loaded.`;
      return;
    }
    this.setState("running");
    this.progressBox.hidden = false;
    this.progress.removeAttribute("value");
    this.progressText.textContent = `Reading ${file.name}…`;
    this.cancelButton.disabled = false;
    let data;
    try {
      data = await file.arrayBuffer();
    } catch (error) {
      this.finish("failed", { detail: `the browser could not read ${file.name}; choose it again` });
      return;
    }
    if (!this.run || this.run.id !== id) return;
    const { platform, account } = this.run;
    this.worker.postMessage({ type: "batch-start", id, name: file.name, data, column, platform, account }, [data]);
  }

  cancel() {
    if (!this.run || this.run.state !== "running") return;
    this.cancelButton.disabled = true;
    this.progressText.textContent = "Cancelling…";
    if (this.worker) this.worker.postMessage({ type: "batch-cancel", id: this.run.id });
  }

  columnsFound({ columns, guess, ambiguous }) {
    this.columnSelect.replaceChildren(...columns.map((c) => element("option", { value: c, text: c })));
    this.columnSelect.value = this.run.column || guess || columns[0] || "";
    this.columnBox.hidden = false;
    if (ambiguous) {
      this.columnNote.textContent = guess
        ? `${this.run.name} has more than one column that may hold the posts. Choose the one to check.`
        : `${this.run.name} has no column with a usual name for posts (such as Message or Text). Choose the one to check.`;
      this.run.state = "waiting";
      this.setState("column");
      this.progressBox.hidden = true;
      this.columnSelect.focus();
    } else {
      this.columnNote.textContent = `The posts are taken from the column “${this.columnSelect.value}”. Choose another to check it instead.`;
    }
  }

  showProgress() {
    const { done, total, began } = this.run;
    this.progress.max = Math.max(total, 1);
    this.progress.value = done;
    this.root.dataset.done = String(done);
    this.root.dataset.total = String(total);
    let text = `${NUMBER.format(done)} of ${plural(total, "post", "posts")} checked`;
    if (done > 0 && done < total) text += `, about ${duration(((performance.now() - began) / done) * (total - done))} left`;
    this.progressText.textContent = `${text}.`;
  }

  add(row) {
    row.rank = rank(row);
    const time = row.date ? Date.parse(row.date) : NaN;
    row.time = Number.isNaN(time) ? null : time;
    for (const group of row.groups) {
      const known = this.counts.get(group.rule_id) || { severity: group.severity, title: group.title, posts: 0 };
      known.posts += 1;
      this.counts.set(group.rule_id, known);
    }
    this.rows.push(row);
  }

  finish(state, message) {
    const run = this.run;
    run.state = state;
    this.root.dataset.run = String(run.id); // the runs finished so far, for whoever waits on one
    if (message.rulebook) run.rulebook = message.rulebook;
    this.progressBox.hidden = true;
    this.setState(state);
    clearTimeout(this.redrawTimer);
    this.redrawTimer = null;
    const seconds = duration(performance.now() - run.began);
    const posts = this.rows.filter((r) => !r.error);
    const flagged = posts.filter((r) => r.count).length;
    const unreadable = this.rows.length - posts.length;
    const read = unreadable ? `; ${plural(unreadable, "record", "records")} could not be read` : "";
    if (state === "failed") {
      this.summary.textContent = `${run.name} could not be checked: ${message.detail}.`;
    } else if (state === "cancelled") {
      this.summary.textContent = `Cancelled after ${NUMBER.format(posts.length)} of ${plural(run.total, "post", "posts")}: ${NUMBER.format(flagged)} with findings so far${read}.`;
    } else {
      this.summary.textContent = `${plural(posts.length, "post", "posts")} checked in ${seconds}: ${NUMBER.format(flagged)} with findings${read}.`;
    }
    this.refresh();
  }

  // --- the table -----------------------------------------------------------------------

  scheduleRedraw() {
    if (this.redrawTimer) return;
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = null;
      this.refresh();
    }, REDRAW_MS);
  }

  // The rows that pass the filters, in the chosen order (indexes into this.rows), and the page shown.
  refresh() {
    this.results.hidden = this.rows.length === 0;
    this.updateRuleFilter();
    const rule = this.ruleFilter.value;
    const severity = this.severityFilter.value;
    const show = this.showFilter.value;
    const view = [];
    this.rows.forEach((row, index) => {
      if (show === "findings" && !row.count) return;
      if (show === "clean" && (row.count || row.error)) return;
      if (show === "unreadable" && !row.error) return;
      if (rule && !row.groups.some((g) => g.rule_id === rule)) return;
      if (severity && !row.groups.some((g) => g.severity === severity && (!rule || g.rule_id === rule))) return;
      view.push(index);
    });
    const rows = this.rows;
    const sort = this.sortSelect.value;
    const byTime = (a, b, sign) => {
      const x = rows[a].time, y = rows[b].time;
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return sign * (x - y);
    };
    if (sort === "serious") view.sort((a, b) => rows[a].rank - rows[b].rank || rows[b].count - rows[a].count || a - b);
    else if (sort === "count") view.sort((a, b) => rows[b].count - rows[a].count || a - b);
    else if (sort === "oldest") view.sort((a, b) => byTime(a, b, 1));
    else if (sort === "newest") view.sort((a, b) => byTime(a, b, -1));
    this.view = view;
    if (this.pageStart >= view.length) this.pageStart = Math.max(0, Math.floor((view.length - 1) / PAGE_SIZE) * PAGE_SIZE);
    this.render();
  }

  updateRuleFilter() {
    const wanted = [...this.counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
    const signature = wanted.map(([id, c]) => `${id}:${c.posts}`).join(" ");
    if (this.ruleFilter.dataset.signature === signature) return;
    const chosen = this.ruleFilter.value;
    this.ruleFilter.replaceChildren(
      element("option", { value: "", text: "All rules" }),
      ...wanted.map(([id, c]) => element("option", { value: id, text: `${id}: ${c.title} (${plural(c.posts, "post", "posts")})` })),
    );
    this.ruleFilter.value = this.counts.has(chosen) ? chosen : "";
    this.ruleFilter.dataset.signature = signature;
  }

  turn(direction) {
    const next = this.pageStart + direction * PAGE_SIZE;
    if (next < 0 || next >= this.view.length) return;
    this.pageStart = next;
    this.render();
    this.table.scrollIntoView({ block: "start" });
  }

  render() {
    const shown = this.view.slice(this.pageStart, this.pageStart + PAGE_SIZE);
    this.tbody.replaceChildren(...shown.map((index) => this.renderRow(this.rows[index])));
    const total = this.view.length;
    this.pageText.textContent = total
      ? `Posts ${NUMBER.format(this.pageStart + 1)}–${NUMBER.format(this.pageStart + shown.length)} of ${NUMBER.format(total)}`
      : "No post matches these filters.";
    this.previousButton.disabled = this.pageStart === 0;
    this.nextButton.disabled = this.pageStart + PAGE_SIZE >= total;
    this.root.dataset.rows = String(this.rows.length);
    this.root.dataset.shown = String(total);
  }

  renderRow(row) {
    const attributes = {
      "data-n": String(row.n),
      "data-where": row.where,
      "data-rules": row.groups.map((g) => g.rule_id).join(" "),
      "data-count": String(row.count),
    };
    if (row.error) {
      return element(
        "tr",
        { ...attributes, className: "hb-batch__row hb-batch__row--error" },
        element("td", { text: String(row.n) }),
        element("td", {}),
        element("td", {}),
        element("td", {}, element("span", { className: "hb-batch__where", text: row.where })),
        element("td", { className: "hb-batch__error", text: `Could not be read: ${row.error}` }),
        element("td", {}),
      );
    }
    const excerpt = row.text.length > EXCERPT ? `${row.text.slice(0, EXCERPT)}…` : row.text;
    const findings = row.groups.length
      ? element("ul", { className: "hb-batch__groups" }, ...row.groups.map((group) => this.renderGroup(group)))
      : element("span", { className: "hb-batch__clean", text: "No findings" });
    const open = element("a", {
      href: this.checkerLink(row),
      target: "_blank",
      rel: "noopener",
      className: "hb-batch__open",
      text: "Open in the checker",
      "aria-label": `Open post ${row.n} in the checker`,
    });
    return element(
      "tr",
      { ...attributes, className: "hb-batch__row" },
      element("td", { text: String(row.n) }),
      element("td", { className: "hb-batch__date", text: row.date || "" }),
      element("td", { text: this.platformLabels[row.platform] || row.platform }),
      element("td", { className: "hb-batch__post" }, element("span", { className: "hb-batch__text", text: excerpt }), element("span", { className: "hb-batch__where", text: row.where })),
      element("td", {}, findings),
      element("td", {}, open),
    );
  }

  renderGroup(group) {
    const many = group.findings.length;
    const messages = group.findings.slice(0, SHOWN_MESSAGES).map((f) => element("li", { text: f.message }));
    if (many > SHOWN_MESSAGES) messages.push(element("li", { text: `… and ${NUMBER.format(many - SHOWN_MESSAGES)} more` }));
    return element(
      "li",
      { "data-rule-id": group.rule_id, "data-severity": group.severity },
      element("span", { className: `hb-batch__badge hb-batch__badge--${group.severity}`, text: group.severity }),
      " ",
      element("a", { href: new URL(group.link, this.siteRoot).href, text: group.rule_id }),
      many > 1 ? ` × ${many}` : "",
      ` ${group.title}`,
      element("ul", { className: "hb-batch__messages" }, ...messages),
    );
  }

  // The checker page with this post: the text in the address's fragment, which is never sent to a server.
  checkerLink(row) {
    const url = new URL(this.checkerPage.href);
    url.search = new URLSearchParams({ platform: row.platform, account: row.account }).toString();
    url.hash = new URLSearchParams({ draft: row.text }).toString();
    return url.href;
  }

  // --- downloads -----------------------------------------------------------------------

  download(format) {
    const base = (this.run ? this.run.name : "posts").replace(/\.[^.]*$/, "");
    const [text, type, suffix] =
      format === "csv"
        ? [this.csv(), "text/csv;charset=utf-8", "csv"]
        : format === "html"
          ? [this.htmlReport(), "text/html;charset=utf-8", "html"]
          : [this.markdownReport(), "text/markdown;charset=utf-8", "md"];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = element("a", { href: url, download: `${base}-checked.${suffix}` });
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // One line per finding, the columns of `python -m checks check FILE --format csv --base-url <site>`.
  csv() {
    const lines = [CSV_COLUMNS.join(",")];
    for (const row of this.rows) {
      if (row.error) continue;
      for (const [group, f] of this.inEngineOrder(row)) {
        lines.push(
          [row.where, row.date || "", row.platform, row.account, f.line, f.column, group.rule_id, group.severity, f.message, f.text,
            new URL(group.link, this.siteRoot).href].map(csvField).join(","),
        );
      }
    }
    return lines.join("\r\n") + "\r\n";
  }

  // A row's findings in the engine's order (each finding carries its index in it).
  inEngineOrder(row) {
    const pairs = [];
    for (const group of row.groups) for (const f of group.findings) pairs.push([group, f]);
    return pairs.sort((a, b) => a[1].index - b[1].index);
  }

  reportFacts() {
    const run = this.run;
    const posts = this.rows.filter((r) => !r.error);
    const complete = run.state === "done" ? "" : ` (${run.state === "cancelled" ? "cancelled" : "unfinished"}: ${NUMBER.format(posts.length)} of ${NUMBER.format(run.total)} posts)`;
    return [
      ["File", `${run.name}${complete}`],
      ["Checked", new Date().toISOString().slice(0, 16).replace("T", " ")],
      ["Account", this.accountSelect.selectedOptions[0].textContent],
      ["Platform when the file does not say", this.platformSelect.selectedOptions[0].textContent],
      ["Rulebook", run.rulebook || "unknown"],
      ["Posts", `${NUMBER.format(posts.length)}, ${NUMBER.format(posts.filter((r) => r.count).length)} with findings`],
    ];
  }

  htmlReport() {
    const link = (group) => new URL(group.link, this.siteRoot).href;
    const parts = [
      "<!doctype html>",
      '<html lang="en"><head><meta charset="utf-8"><title>Posts checked against the social media handbook</title>',
      "<style>body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;width:100%}" +
        "th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}.post{white-space:pre-wrap}" +
        ".error{color:#b71c1c}.warning{color:#7a4a00}.suggestion{color:#0d47a1}" +
        "@media print{body{margin:0}tr{break-inside:avoid}a{color:inherit}}</style></head><body>",
      "<h1>Posts checked against the social media handbook</h1><dl>",
      ...this.reportFacts().map(([k, v]) => `<dt>${escapeHTML(k)}</dt><dd>${escapeHTML(v)}</dd>`),
      "</dl><h2>Posts with findings</h2>",
      "<table><thead><tr><th>Where</th><th>Date</th><th>Platform</th><th>Post</th><th>Findings</th></tr></thead><tbody>",
    ];
    for (const row of this.rows) {
      if (row.error || !row.count) continue;
      const groups = row.groups
        .map((g) => `<li><span class="${g.severity}">${g.severity}</span> <a href="${escapeHTML(link(g))}">${escapeHTML(g.rule_id)}</a>` +
          `${g.findings.length > 1 ? ` × ${g.findings.length}` : ""} ${escapeHTML(g.title)} (${escapeHTML(link(g))})<ul>` +
          g.findings.map((f) => `<li>${escapeHTML(f.message)}</li>`).join("") + "</ul></li>")
        .join("");
      parts.push(`<tr><td>${escapeHTML(row.where)}</td><td>${escapeHTML(row.date || "")}</td><td>${escapeHTML(this.platformLabels[row.platform] || row.platform)}</td>` +
        `<td class="post">${escapeHTML(row.text)}</td><td><ul>${groups}</ul></td></tr>`);
    }
    parts.push("</tbody></table>");
    const unreadable = this.rows.filter((r) => r.error);
    if (unreadable.length) {
      parts.push("<h2>Records that could not be read</h2><ul>", ...unreadable.map((r) => `<li>${escapeHTML(r.where)}: ${escapeHTML(r.error)}</li>`), "</ul>");
    }
    parts.push("</body></html>");
    return parts.join("\n");
  }

  markdownReport() {
    const link = (group) => new URL(group.link, this.siteRoot).href;
    const lines = ["# Posts checked against the social media handbook", "", ...this.reportFacts().map(([k, v]) => `- ${k}: ${v}`), "", "## Posts with findings"];
    for (const row of this.rows) {
      if (row.error || !row.count) continue;
      const fence = "`".repeat(Math.max(3, ...[...row.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      lines.push("", `### ${row.where}${row.date ? ` (${row.date})` : ""}`, "", fence + "text", row.text, fence, "");
      for (const g of row.groups) {
        lines.push(`- **${g.severity}** [${g.rule_id}](${link(g)})${g.findings.length > 1 ? ` × ${g.findings.length}` : ""}: ${g.title}`);
        for (const f of g.findings) lines.push(`  - ${f.message}`);
      }
    }
    const unreadable = this.rows.filter((r) => r.error);
    if (unreadable.length) lines.push("", "## Records that could not be read", "", ...unreadable.map((r) => `- ${r.where}: ${r.error}`));
    return lines.join("\n") + "\n";
  }
}

for (const root of document.querySelectorAll(".hb-batch")) {
  if (!root.dataset.started) {
    root.dataset.started = "true";
    new Batch(root);
  }
}
