// Loading: how a process imports cells and design modules, TypeScript files anywhere on disk (the
// kit's own, or a proposal's folder in another project). Module hooks, registered once before the
// first such import:
// - `accessor-kit` resolves to the kit module this process runs (src/index.ts from the sources,
//   dist/index.js from the build), whoever imports it, so there is one Store and one Linker class;
//   node alone would find the kit only from inside its own folder, or another copy of it (and the
//   packages a cell may import beside it, `cellPackages`, to the kit's copies);
// - every `.ts` file outside node_modules (or inside the kit's own folder, wherever it is installed)
//   loads as an ES module, as the engine type-checks it,
//   even in a folder with no `"type": "module"` package.json (where it would load as CommonJS),
//   its types stripped by esbuild's transform (esbuild is what tsx runs too, but tsx keeps every
//   function's name with a helper call, which the host-call figures would measure).
// A confined process (a proposal's run) takes a file's transform from the kit's cache folder when
// this process put it there (`transformAhead`: every TypeScript file of the proposal's folder, named
// by a hash of the file's path, its text, esbuild's version and the options), and imports esbuild
// only for a file it finds none for: esbuild's start (its module, then its service process) was a
// quarter of such a process's time. It only reads that folder, which the permission model keeps it
// from writing.

import { mkdirSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire, register } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { cellPackages, fromSources, kitModule, kitRoot } from "./package.ts";

// Runs on node's loader thread, so it is plain JavaScript handed over as a data: URL.
// It also exports `transformed`, which the main thread of the process that fills the transform
// folder imports from the same text, so both name and make a transform the one way.
const hooks = `
import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
let kit;
let packages;
let kitFolder;
let loaded;
let esbuild;
export async function initialize(data) {
  kit = data.kit;
  packages = data.packages;
  kitFolder = data.kitFolder;
  loaded = data.loaded;
  esbuild = data.esbuild;
}
const options = (file) => ({ loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
export async function transformed(file, text, setup) {
  const kept = setup.transforms === undefined ? undefined
    : join(setup.transforms.folder, createHash("sha256").update(JSON.stringify([setup.version, options(file), text])).digest("hex").slice(0, 40) + ".js");
  if (kept !== undefined) {
    try {
      return await readFile(kept, "utf8");
    } catch {
      // not transformed ahead: esbuild does it
    }
  }
  setup.module ??= import(setup.url);
  const { code } = await (await setup.module).transform(text, options(file));
  if (kept !== undefined && setup.transforms.write) {
    const temporary = kept + "." + process.pid + "." + Math.random().toString(36).slice(2) + ".tmp";
    await writeFile(temporary, code);
    await rename(temporary, kept);
  }
  return code;
}
const isCellSource = (url) =>
  url.protocol === "file:" && url.pathname.endsWith(".ts") && (url.href.startsWith(kitFolder) || !url.pathname.includes("/node_modules/"));
export async function resolve(specifier, context, next) {
  if (specifier === "accessor-kit") return { url: kit, format: "module", shortCircuit: true };
  if (Object.hasOwn(packages, specifier)) return { url: packages[specifier], shortCircuit: true };
  if (/^(\\.{1,2}\\/|\\/|file:)/.test(specifier)) {
    const url = new URL(specifier, context.parentURL ?? "file:///");
    if (isCellSource(url)) return { url: url.href, format: "module", shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(href, context, next) {
  const url = new URL(href);
  if (url.protocol === "file:") loaded?.postMessage(href);
  if (!isCellSource(url)) return next(href, context);
  const file = fileURLToPath(url);
  return { format: "module", source: await transformed(file, await readFile(file, "utf8"), esbuild), shortCircuit: true };
}
`;

let enabled = false;

/** Where esbuild is, and its version (part of a kept transform's name). */
function esbuildSetup(transforms?: { readonly folder: string; readonly write: boolean }) {
  const require = createRequire(join(kitRoot, "package.json"));
  const { version } = require("esbuild/package.json") as { version: string };
  return { url: pathToFileURL(require.resolve("esbuild")).href, version, ...(transforms === undefined ? {} : { transforms }) };
}

/**
 * Lets this process import cells and design modules wherever they are. Idempotent. `onLoad` hears
 * the path of every file the module loader loads from then on (a proposal's cell process reports
 * them with its result: what its run read, beyond what the compiler saw); `transforms`: the folder
 * of transforms `transformAhead` filled, which it reads and never writes.
 */
export function enableCellImports(options: { readonly onLoad?: (file: string) => void; readonly transforms?: string } = {}): void {
  if (enabled) return;
  enabled = true;
  const { onLoad, transforms } = options;
  const esbuild = esbuildSetup(transforms === undefined ? undefined : { folder: transforms, write: false });
  const kitFolder = pathToFileURL(join(kitRoot, "/")).href;
  const packages = Object.fromEntries([...cellPackages].map(([name, { url }]) => [name, url]));
  const data = { kit: kitModule, kitFolder, esbuild, packages };
  if (onLoad === undefined) {
    register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data });
    return;
  }
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (href: string) => onLoad(fileURLToPath(href)));
  // the channel never keeps the process alive: a run that never settles must still reach beforeExit
  port1.unref();
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { ...data, loaded: port2 }, transferList: [port2] });
}

/** The most files of a folder `transformAhead` transforms (a proposal's folder holds a few dozen). */
const AHEAD_FILES = 2_000;

/**
 * Puts into `transforms` the transform of every TypeScript file in `folder` and its subfolders (but
 * node_modules and hidden ones) that it lacks, as a confined process's module loader will look for
 * it; a file it skips is transformed by that process itself.
 */
export async function transformAhead(folder: string, transforms: string): Promise<void> {
  const { transformed } = (await import(`data:text/javascript,${encodeURIComponent(hooks)}`)) as {
    transformed(file: string, text: string, setup: ReturnType<typeof esbuildSetup>): Promise<string>;
  };
  const setup = esbuildSetup({ folder: transforms, write: true });
  mkdirSync(transforms, { recursive: true });
  const files = typeScriptFiles(folder).slice(0, AHEAD_FILES);
  // A file that cannot be read or transformed is left out: the process that loads it meets the same
  // error, and its run reports it.
  await Promise.all(files.map((file) => readFile(file, "utf8").then((text) => transformed(file, text, setup)).catch(() => undefined)));
}

function typeScriptFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // an unreadable folder: its files are transformed where they load, if they do
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules") return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/**
 * The node options a child process needs to run the kit's modules: tsx's loader under the sources,
 * none for the build (which registers what it needs itself).
 */
export const kitNodeOptions: readonly string[] = fromSources ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
