// The checker's module worker: one Pyodide running the handbook's own engine (checks/).
// Transport only: every finding, counter and checklist item comes from Python.
//
// Messages in:  {type: "start", pyodideURL, wasmURL, stdlibURL, lock, snapshotURL, bundleURL, fullStart}
//               {type: "check", id, text, platform, account}
//               {type: "image", id, data (ArrayBuffer, transferred), platform, use, account, fileSize}
// Messages out: {type: "progress", step, total, label}
//               {type: "ready", headerBytes, start ("snapshot" | "full"), timings}
//               {type: "failed", reason, detail}
//               {type: "report", id, report, manual, images, ms}
//               {type: "error", id, detail}
//               {type: "image-report", id, result}
//               {type: "image-error", id, detail}

let checker = null;

function post(message) {
  self.postMessage(message);
}

function describe(error) {
  return String((error && (error.message || error)) || "unknown error").slice(0, 500);
}

// Starts Pyodide from the build's memory snapshot (the checker already made) when there is
// one, and the normal way (start Python, unpack the bundle, import the engine) otherwise or
// when restoring fails. Both paths run the same engine on the same rules.
async function start(options) {
  const { pyodideURL, wasmURL, snapshotURL, fullStart } = options;
  const began = performance.now();
  const timings = {}; // milliseconds from the start message, for diagnostics and benchmarks
  const mark = (name) => (timings[name] = Math.round(performance.now() - began));
  let stage = "wasm";
  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      post({ type: "failed", reason: "no-wasm", detail: "WebAssembly is not available in this browser." });
      return;
    }
    post({ type: "progress", step: 1, total: 3, label: "starting Python" });
    stage = "loader";
    if (wasmURL && typeof DecompressionStream === "function") fetchWasmFrom(pyodideURL + "pyodide.asm.wasm", wasmURL);
    const snapshot = snapshotURL && !fullStart && typeof DecompressionStream === "function" ? fetchSnapshot(snapshotURL) : null;
    const { loadPyodide } = await import(pyodideURL + "pyodide.mjs");
    mark("loader");
    let how = "full";
    if (snapshot) {
      try {
        // Pyodide fetches and compiles its WebAssembly while the snapshot downloads and inflates.
        checker = await fromSnapshot(loadPyodide, options, snapshot.then((memory) => (mark("snapshot"), memory)));
        how = "snapshot";
      } catch (error) {
        console.warn(`handbook checker: the start-up snapshot could not be used (${describe(error)}); starting Python the normal way.`);
      }
    }
    if (!checker) {
      stage = "pyodide";
      checker = await fullStartOf(loadPyodide, options, (next) => (stage = next));
    }
    mark("ready");
    post({ type: "progress", step: 3, total: 3, label: "ready" });
    post({ type: "ready", headerBytes: checker.header_bytes, start: how, timings });
  } catch (error) {
    const detail = describe(error);
    let reason = stage;
    if (/CompileError|wasm-unsafe-eval|WebAssembly/i.test(detail) && stage === "pyodide") reason = "wasm-blocked";
    post({ type: "failed", reason, detail });
  }
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
  const made = pyodide.globals.get("handbook_checker");
  if (!made) throw new Error("the snapshot holds no checker");
  return made;
}

async function fullStartOf(loadPyodide, { pyodideURL, bundleURL, lock }, setStage) {
  const bundle = fetch(bundleURL, { credentials: "same-origin" });
  const pyodide = await loadPyodide({ ...quiet, indexURL: pyodideURL, packages: [], lockFileContents: JSON.parse(lock) });
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
  const response = await fetch(url, { credentials: "same-origin" });
  return new Uint8Array(await gunzipped(response, "application/octet-stream").arrayBuffer());
}

// Pyodide fetches `pyodide.asm.wasm` itself; hand it the gzip copy (a third of the bytes),
// and the plain file if the copy cannot be had.
function fetchWasmFrom(plainURL, gzipURL) {
  const fetchPlain = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    if (String(input) !== plainURL) return fetchPlain(input, init);
    try {
      return gunzipped(await fetchPlain(gzipURL, { credentials: "same-origin" }), "application/wasm");
    } catch {
      return fetchPlain(input, init);
    }
  };
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

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "start") start(message);
  else if (message.type === "check" && checker) check(message);
  else if (message.type === "image" && checker) checkImage(message);
});
