// Run the checker's Python bundle inside Pyodide under Node.js, as the site's worker does.
//   node tests/checker/pyodide_run.mjs <pyodide dir> <bundle.zip> <cases.json>
// cases.json: [[text, platform, account], ...]; prints [report, ...] as JSON on stdout.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, bundlePath, casesPath] = process.argv.slice(2);
const indexURL = resolve(pyodideDir) + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: (line) => process.stderr.write(line + "\n") });
pyodide.unpackArchive(new Uint8Array(readFileSync(bundlePath)), "zip", { extractDir: "/home/pyodide/checker" });
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checker')");
const checker = pyodide.pyimport("checks.summary").Checker.from_package();
const cases = JSON.parse(readFileSync(casesPath, "utf-8"));
const reports = cases.map(([text, platform, account]) => JSON.parse(checker.report_json(text, platform, account)));
process.stdout.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version"), reports }));
