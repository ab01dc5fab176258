// Starting the checker's worker (worker.mjs): shared by the single-draft checker (checker.js) and
// the "Check many posts" page (batch.js). The build writes where Pyodide, the engine's bundle and
// the start-up snapshot live into data attributes of the element that holds the checker; this
// module turns them into the worker's `start` message. UI and transport only.

export const WORKER_URL = new URL("worker.mjs", import.meta.url);

// The worker's `start` message for the checker held by `root` (its data-* attributes, relative to the page).
// `fullStart`: start Python the normal way (from the bundle) instead of from the memory snapshot.
export function startMessage(root, { fullStart = false } = {}) {
  const data = root.dataset;
  const url = (value) => (value ? new URL(value, document.baseURI).href : "");
  return {
    type: "start",
    pyodideURL: url(data.pyodide),
    wasmURL: url(data.wasm),
    stdlibURL: url(data.stdlib),
    lock: data.lock,
    snapshotURL: fullStart ? "" : url(data.snapshot),
    bundleURL: url(data.bundle),
    fullStart: fullStart || new URLSearchParams(location.search).get("checker-start") === "full",
  };
}

// A new module worker running worker.mjs; throws when the browser cannot make one.
export function newWorker() {
  return new Worker(WORKER_URL, { type: "module", name: "handbook-checker" });
}
