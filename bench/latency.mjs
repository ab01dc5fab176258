// Per-check latency of the checker in Pyodide under Node (bench/latency.py runs this).
//   node bench/latency.mjs PYODIDE_DIR BUNDLE_ZIP DRAFTS_JSON
// DRAFTS_JSON: {"cases": [[platform, account], ...], "drafts": {"280": ["...", ...], ...}}
// Prints {"<platform> <account> <length>": [milliseconds, ...], ...} as JSON.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, bundlePath, draftsPath] = process.argv.slice(2);
const { cases, drafts } = JSON.parse(readFileSync(draftsPath, "utf8"));
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, packages: [] });
pyodide.unpackArchive(new Uint8Array(readFileSync(bundlePath)), "zip", { extractDir: "/home/pyodide/checker" });
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checker')");
const checker = pyodide.pyimport("checks.summary").Checker.from_package();
const results = {};
for (const [platform, account] of cases) {
  for (const [length, texts] of Object.entries(drafts)) {
    checker.report_json(texts[0], platform, account); // warm-up, not counted
    results[`${platform} ${account} ${length}`] = texts.slice(1).map((text) => {
      const began = performance.now();
      checker.report_json(text, platform, account);
      return performance.now() - began;
    });
  }
}
process.stdout.write(JSON.stringify(results));
