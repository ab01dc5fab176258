// The checker's module worker: one Pyodide running the handbook's own engine (checks/).
// Transport only: every finding, counter and checklist item comes from Python.
//
// Messages in:  {type: "start", pyodideURL, wasmURL, stdlibURL, lock, snapshotURL, bundleURL, fullStart}
//               {type: "check", id, text, platform, account}
//               {type: "image", id, data (ArrayBuffer, transferred), platform, use, account, fileSize}
//               {type: "batch-start", id, name, data (ArrayBuffer, transferred), column, platform, account}
//               {type: "batch-cancel", id}
// Messages out: {type: "progress", step, total, label}
//               {type: "download", loaded, total, files} (bytes read so far; total from Content-Length,
//                 0 when unknown; at most every DOWNLOAD_REPORT_MS while bytes arrive: the page's
//                 stall watchdog counts from the last of these)
//               {type: "notice", text} (something went wrong but the start goes on, in words)
//               {type: "ready", headerBytes, start ("snapshot" | "full"), timings, fetched (URLs, for offline use)}
//               {type: "failed", reason, detail}
//               {type: "report", id, report, manual, images, ms}
//               {type: "error", id, detail}
//               {type: "image-report", id, result}
//               {type: "image-error", id, detail}
//               {type: "batch-columns", id, columns, guess, ambiguous} (a CSV with a header row)
//               {type: "batch-progress", id, done, total, rulebook}, {type: "batch-rows", id, rows, done, total}
//               {type: "batch-done" | "batch-cancelled", id, done, total, ms}, {type: "batch-error", id, detail}

let checker = null;
let python = null; // the Pyodide instance, for the batch page's import of checks.batch

function post(message) {
  self.postMessage(message);
}

function describe(error) {
  return String((error && (error.message || error)) || "unknown error").slice(0, 500);
}

// Starts Pyodide from the build's memory snapshot (the checker already made) when there is
// one, and the normal way (start Python, unpack the bundle, import the engine) otherwise or
// when restoring fails. Both paths run the same engine on the same rules.
// A failure says what failed at once: the WebAssembly every start needs is fetched first,
// and a missing or refused file ends the start (Pyodide's loader may otherwise never settle).
async function start(options) {
  const { pyodideURL, wasmURL, snapshotURL, fullStart } = options;
  const began = performance.now();
  const timings = {}; // milliseconds from the start message, for diagnostics and benchmarks
  const mark = (name) => (timings[name] = Math.round(performance.now() - began));
  let stage = "wasm";
  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      failed("no-wasm", "WebAssembly is not available in this browser.");
      return;
    }
    const refused = wasmRefused();
    if (refused) {
      failed("wasm-blocked", refused);
      return;
    }
    post({ type: "progress", step: 1, total: 3, label: "starting Python" });
    countDownloads();
    wasmSource.plainURL = pyodideURL + "pyodide.asm.wasm";
    wasmSource.gzipURL = wasmURL && typeof DecompressionStream === "function" ? wasmURL : "";
    const wasm = (wasmSource.first = fetchWasm(wasmSource.plainURL, wasmSource.gzipURL));
    wasm.catch((error) => failed("wasm-missing", describe(error)));
    const snapshot = snapshotURL && !fullStart && typeof DecompressionStream === "function" ? fetchSnapshot(snapshotURL) : null;
    if (snapshot) snapshot.catch(() => {}); // reported where it is used
    stage = "loader";
    const { loadPyodide } = await import(pyodideURL + "pyodide.mjs");
    mark("loader");
    let how = "full";
    if (snapshot) {
      try {
        // Pyodide fetches and compiles its WebAssembly while the snapshot downloads and inflates.
        checker = await fromSnapshot(loadPyodide, options, snapshot.then((memory) => (mark("snapshot"), memory)));
        how = "snapshot";
      } catch (error) {
        if (done) return;
        const detail = describe(error);
        console.warn(`handbook checker: the start-up snapshot could not be used (${detail}); starting Python the normal way.`);
        post({ type: "notice", text: `The quick start failed (${detail}); starting Python the normal way.` });
      }
    }
    if (!checker) {
      stage = "pyodide";
      checker = await fullStartOf(loadPyodide, options, (next) => (stage = next));
    }
    if (done) return;
    mark("ready");
    done = true;
    post({ type: "progress", step: 3, total: 3, label: "ready" });
    const modules = [pyodideURL + "pyodide.mjs", pyodideURL + "pyodide.asm.mjs"];
    post({ type: "ready", headerBytes: checker.header_bytes, start: how, timings, fetched: [...modules, ...fetched] });
  } catch (error) {
    const detail = describe(error);
    let reason = stage;
    if (/CompileError|wasm-unsafe-eval|WebAssembly/i.test(detail) && stage === "pyodide") reason = "wasm-blocked";
    failed(reason, detail);
  }
}

let done = false; // one "ready" or "failed" per worker

function failed(reason, detail) {
  if (done) return;
  done = true;
  post({ type: "failed", reason, detail });
}

// A Content-Security-Policy without 'wasm-unsafe-eval' refuses every compile: try the smallest module.
function wasmRefused() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return "";
  } catch (error) {
    return describe(error);
  }
}

// Every fetch of this worker (ours and Pyodide's) is counted, so the page can show the download
// and tell a stalled link from a slow one. A body the server encoded (Content-Encoding) arrives
// decoded: its bytes are counted, but its total is not known.
const DOWNLOAD_REPORT_MS = 250;
const download = { loaded: 0, total: 0, files: 0, reported: 0 };

function reportDownload(force = false) {
  const now = performance.now();
  if (!force && now - download.reported < DOWNLOAD_REPORT_MS) return;
  download.reported = now;
  post({ type: "download", loaded: download.loaded, total: download.total, files: download.files });
}

function counted(response) {
  if (!response.ok || !response.body) return response;
  const length = Number(response.headers.get("Content-Length")) || 0;
  download.files += 1;
  if (length && !response.headers.get("Content-Encoding")) download.total += length;
  const counter = new TransformStream({
    transform(chunk, controller) {
      download.loaded += chunk.byteLength;
      reportDownload();
      controller.enqueue(chunk);
    },
    flush() {
      reportDownload(true);
    },
  });
  const copy = new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}

const plainFetch = self.fetch.bind(self);
const fetched = new Set(); // every URL this start fetched
const wasmSource = { plainURL: "", gzipURL: "", first: null }; // Pyodide's fetch of its wasm is answered from here

async function fetchCounted(url) {
  fetched.add(url);
  return counted(await plainFetch(url, { credentials: "same-origin" }));
}

function countDownloads() {
  self.fetch = async (input, init) => {
    const url = String(input && input.url ? input.url : input);
    if (url === wasmSource.plainURL) {
      const first = wasmSource.first;
      wasmSource.first = null;
      return first || fetchWasm(wasmSource.plainURL, wasmSource.gzipURL);
    }
    fetched.add(url);
    return counted(await plainFetch(input, init));
  };
}

const quiet = { stdout: () => {}, stderr: () => {} };

async function fromSnapshot(loadPyodide, { pyodideURL, stdlibURL, lock }, snapshot) {
  const pyodide = await loadPyodide({
    ...quiet,
    indexURL: pyodideURL,
    packages: [],
    _loadSnapshot: snapshot,
    stdLibURL: stdlibURL,
    lockFileContents: JSON.parse(lock),
  });
  python = pyodide;
  const made = pyodide.globals.get("handbook_checker");
  if (!made) throw new Error("the snapshot holds no checker");
  return made;
}

async function fullStartOf(loadPyodide, { pyodideURL, bundleURL, lock }, setStage) {
  const bundle = fetch(bundleURL, { credentials: "same-origin" });
  const pyodide = await loadPyodide({ ...quiet, indexURL: pyodideURL, packages: [], lockFileContents: JSON.parse(lock) });
  python = pyodide;
  post({ type: "progress", step: 2, total: 3, label: "loading the rules" });
  setStage("bundle");
  const response = await bundle;
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${bundleURL}`);
  pyodide.unpackArchive(new Uint8Array(await response.arrayBuffer()), "zip", { extractDir: "/home/pyodide/checker" });
  setStage("engine");
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checker')");
  return pyodide.pyimport("checks.summary").Checker.from_package();
}

// A gzip file from this site, decompressed here: servers need not compress anything.
// A server that adds Content-Encoding itself has the browser decompress it instead.
function gunzipped(response, type) {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${response.url}`);
  const body = response.headers.get("Content-Encoding") ? response.body : response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Response(body, { headers: { "Content-Type": type } });
}

async function fetchSnapshot(url) {
  const response = await fetchCounted(url);
  return new Uint8Array(await gunzipped(response, "application/octet-stream").arrayBuffer());
}

// Pyodide's WebAssembly, which every start needs: the gzip copy (a third of the bytes) when
// there is one, the plain file otherwise. Rejects, naming the file, when neither can be had.
async function fetchWasm(plainURL, gzipURL) {
  if (gzipURL) {
    try {
      return gunzipped(await fetchCounted(gzipURL), "application/wasm");
    } catch {
      // the plain file below
    }
  }
  const response = await fetchCounted(plainURL);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${plainURL}`);
  return response;
}

// The checklist and image uses depend on the platform and account only: asked once each.
const perPlatform = new Map();

function check({ id, text, platform, account }) {
  const began = performance.now();
  try {
    const report = JSON.parse(checker.report_json(text, platform, account));
    const key = `${platform} ${account}`;
    if (!perPlatform.has(key)) {
      perPlatform.set(key, {
        manual: JSON.parse(checker.manual_json(platform, account)),
        accountManual: JSON.parse(checker.account_manual_json(platform, account)),
        images: JSON.parse(checker.image_uses_json(platform, account)),
      });
    }
    post({ type: "report", id, report, ...perPlatform.get(key), ms: performance.now() - began });
  } catch (error) {
    post({ type: "error", id, detail: describe(error) });
  }
}

// The image's first bytes only, as the page read them from the picked file; nothing is kept.
function checkImage({ id, data, platform, use, account, fileSize }) {
  try {
    const result = JSON.parse(checker.image_report_json(new Uint8Array(data), platform, use, account, fileSize));
    post({ type: "image-report", id, result });
  } catch (error) {
    post({ type: "image-error", id, detail: describe(error) });
  }
}

// --- many posts at once (the "Check many posts" page, batch.js) ---------------------------
// The file's bytes arrive transferred; Python (checks.batch: checks.exports and the engine) reads
// them and checks BATCH_SLICE posts at a time. Between slices the worker yields to its message
// queue, so a `batch-cancel` (or a newer `batch-start`) ends the run. Nothing is evaluated.
const BATCH_SLICE = 50;
let batchCurrent = 0; // the id of the run going on; 0: none

function yieldToMessages() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function batchStart({ id, name, data, column, platform, account }) {
  batchCurrent = id;
  const began = performance.now();
  let run = null;
  try {
    const batch = python.pyimport("checks.batch");
    const bytes = new Uint8Array(data);
    const found = batch.csv_columns(name, bytes.subarray(0, 65536));
    if (found) {
      const info = found.toJs({ dict_converter: Object.fromEntries });
      found.destroy();
      post({ type: "batch-columns", id, ...info });
      if (info.ambiguous && !column) {
        batch.destroy();
        return; // the page asks which column, then starts again with it
      }
    }
    run = batch.BatchRun(checker.engine, name, bytes, column || null, platform, account);
    batch.destroy();
    data = null;
    const total = run.total;
    post({ type: "batch-progress", id, done: 0, total, rulebook: checker.version });
    while (run.done < total) {
      await yieldToMessages();
      if (batchCurrent !== id) {
        post({ type: "batch-cancelled", id, done: run.done, total, ms: performance.now() - began });
        return;
      }
      const rows = JSON.parse(run.next_json(BATCH_SLICE));
      post({ type: "batch-rows", id, rows, done: run.done, total });
    }
    post({ type: "batch-done", id, done: total, total, ms: performance.now() - began, rulebook: checker.version });
  } catch (error) {
    post({ type: "batch-error", id, detail: describe(error) });
  } finally {
    if (run) run.destroy();
    if (batchCurrent === id) batchCurrent = 0;
  }
}

function batchCancel({ id }) {
  if (batchCurrent === id) batchCurrent = -id;
}

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "start") start(message);
  else if (message.type === "check" && checker) check(message);
  else if (message.type === "image" && checker) checkImage(message);
  else if (message.type === "batch-start" && checker) batchStart(message);
  else if (message.type === "batch-cancel") batchCancel(message);
});
