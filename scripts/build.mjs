// The package build, dist/ (TypeScript 7's `tsc -p tsconfig.build.json`: JavaScript and declarations).
//   node scripts/build.mjs                       builds it afresh
//   node scripts/build.mjs run <module> [args]   runs dist/<module> (e.g. cli/main.js) with args, building
//                                                first only when a file the build reads changed since
//                                                the last build (a hash of them is kept in dist/.sources)
// `npm start` runs the kit so: compiled JavaScript, no TypeScript loader in the process, which starts
// in a fraction of the time and keeps no names (tsx keeps every function's name, which costs at run
// time). Plain JavaScript, so nothing needs building to run it.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const stamp = join(dist, ".sources");

/** A hash of every file the build reads: the sources and the tsconfig files, with their paths. */
function sourcesHash() {
  const hash = createHash("sha256");
  const add = (file) => hash.update(`${file}\0`).update(readFileSync(join(root, file))).update("\0");
  ["tsconfig.json", "tsconfig.build.json"].forEach(add);
  for (const entry of readdirSync(join(root, "src"), { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    if (entry.isFile()) add(join(entry.parentPath, entry.name).slice(root.length));
  }
  return hash.digest("hex");
}

function readStamp() {
  try {
    return readFileSync(stamp, "utf8");
  } catch {
    return undefined;
  }
}

function build(sources) {
  rmSync(dist, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
  if (tsc.status !== 0) {
    process.stderr.write(`build: tsc -p tsconfig.build.json failed (${tsc.signal ?? `status ${tsc.status}`})\n`);
    process.exit(tsc.status ?? 1);
  }
  writeFileSync(stamp, sources);
}

const [command, module, ...args] = process.argv.slice(2);
if (command === undefined) {
  build(sourcesHash());
} else if (command === "run" && module !== undefined) {
  const sources = sourcesHash();
  if (readStamp() !== sources) build(sources);
  const main = join(dist, module);
  process.argv = [process.argv[0], main, ...args];
  await import(pathToFileURL(main).href);
} else {
  process.stderr.write("usage: node scripts/build.mjs [run <module under dist/> [args]]\n");
  process.exit(2);
}
