// The checker's module worker: one Pyodide running the handbook's own engine (checks/).
// Transport only: every finding, counter and checklist item comes from Python.
//
// Messages in:  {type: "start", pyodideURL, bundleURL}
//               {type: "check", id, text, platform, account}
//               {type: "image", id, data (ArrayBuffer, transferred), platform, use, account, fileSize}
// Messages out: {type: "progress", step, total, label}
//               {type: "ready", python, headerBytes}
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

async function start({ pyodideURL, bundleURL }) {
  let stage = "wasm";
  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      post({ type: "failed", reason: "no-wasm", detail: "WebAssembly is not available in this browser." });
      return;
    }
    post({ type: "progress", step: 1, total: 3, label: "starting Python" });
    stage = "loader";
    const { loadPyodide } = await import(pyodideURL + "pyodide.mjs");
    stage = "pyodide";
    const bundle = fetch(bundleURL, { credentials: "same-origin" });
    const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [], stdout: () => {}, stderr: () => {} });
    post({ type: "progress", step: 2, total: 3, label: "loading the rules" });
    stage = "bundle";
    const response = await bundle;
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${bundleURL}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    pyodide.unpackArchive(bytes, "zip", { extractDir: "/home/pyodide/checker" });
    stage = "engine";
    pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checker')");
    checker = pyodide.pyimport("checks.summary").Checker.from_package();
    post({ type: "progress", step: 3, total: 3, label: "ready" });
    post({ type: "ready", python: pyodide.version, headerBytes: checker.header_bytes });
  } catch (error) {
    const detail = describe(error);
    let reason = stage;
    if (/CompileError|wasm-unsafe-eval|WebAssembly/i.test(detail) && stage === "pyodide") reason = "wasm-blocked";
    post({ type: "failed", reason, detail });
  }
}

function check({ id, text, platform, account }) {
  const began = performance.now();
  try {
    const report = JSON.parse(checker.report_json(text, platform, account));
    const manual = JSON.parse(checker.manual_json(platform, account));
    const images = JSON.parse(checker.image_uses_json(platform, account));
    post({ type: "report", id, report, manual, images, ms: performance.now() - began });
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
