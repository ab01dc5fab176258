// Build time (Node): a memory snapshot of Pyodide with the handbook's checker already made.
//
//   node hooks/snapshot.mjs PYODIDE_DIR BUNDLE_ZIP OUT_FILE
//
// Starts Pyodide, unpacks the engine's bundle, imports it, builds `handbook_checker`
// (checks.summary.Checker with the bundle's rules) in __main__, runs it once on every
// platform and account so that nothing is left to import or compile, and writes the
// interpreter's memory, gzip-compressed, to OUT_FILE, and prints its sizes as one line of
// JSON (heap_bytes, used_bytes, header_bytes, snapshot_bytes, gzip_bytes). The page restores it with
// loadPyodide({_loadSnapshot}) instead of starting Python and importing the engine.
// Pyodide's snapshot API is experimental (`_makeSnapshot`); the page falls back to the
// normal start whenever restoring fails.

import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

const [pyodideDir, bundlePath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node hooks/snapshot.mjs PYODIDE_DIR BUNDLE_ZIP OUT_FILE");
  process.exit(2);
}

const WARM_UP = `
from checks.model import ACCOUNTS, PLATFORMS

handbook_checker = Checker.from_package()
_draft = ("Today we met families in Mosul 👩‍👩‍👧 #migration @UNmigration https://www.iom.int/news "
          "call +41 22 717 9111 or jane.doe@example.org. BREAKING: unconfirmed reports. مرحبا 漢字")
for _platform in PLATFORMS:
    for _account in ACCOUNTS:
        handbook_checker.report_json(_draft, _platform, _account)
        handbook_checker.manual_json(_platform, _account)
        for _use in handbook_checker.engine.image_uses(_platform, _account):
            handbook_checker.image_report_json(b"\\x89PNG\\r\\n\\x1a\\n", _platform, _use["use"], _account, 8)
del _draft, _platform, _account
import gc
gc.collect()
`;

try {
  const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
  const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true, packages: [] });
  pyodide.unpackArchive(new Uint8Array(readFileSync(bundlePath)), "zip", { extractDir: "/home/pyodide/checker" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checker')\nfrom checks.summary import Checker");
  pyodide.runPython(WARM_UP);
  const snapshot = pyodide.makeMemorySnapshot();
  const compressed = gzipSync(snapshot, { level: 9 });
  writeFileSync(outPath, compressed);
  // What the build needs to guard the restore (the page's Pyodide cannot grow its heap while
  // restoring): the heap the snapshot holds, how much of it is in use, the file's sizes.
  const heap = pyodide._module.HEAP8.length;
  console.log(JSON.stringify({
    heap_bytes: heap,
    used_bytes: pyodide._module._sbrk(0),
    header_bytes: snapshot.length - heap,
    snapshot_bytes: snapshot.length,
    gzip_bytes: compressed.length,
  }));
} catch (error) {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
}
