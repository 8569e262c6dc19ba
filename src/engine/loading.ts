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

import { createRequire, register } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { cellPackages, fromSources, kitModule, kitRoot } from "./package.ts";

// Runs on node's loader thread, so it is plain JavaScript handed over as a data: URL.
const hooks = `
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
let kit;
let packages;
let kitFolder;
let esbuild;
let loaded;
export async function initialize(data) {
  kit = data.kit;
  packages = data.packages;
  kitFolder = data.kitFolder;
  loaded = data.loaded;
  esbuild = await import(data.esbuild);
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
  const { code } = await esbuild.transform(await readFile(file, "utf8"), { loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
  return { format: "module", source: code, shortCircuit: true };
}
`;

let enabled = false;

/**
 * Lets this process import cells and design modules wherever they are. Idempotent. `onLoad` hears
 * the path of every file the module loader loads from then on (a proposal's cell process reports
 * them with its result: what its run read, beyond what the compiler saw).
 */
export function enableCellImports(onLoad?: (file: string) => void): void {
  if (enabled) return;
  enabled = true;
  const esbuild = pathToFileURL(createRequire(join(kitRoot, "package.json")).resolve("esbuild")).href;
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

/**
 * The node options a child process needs to run the kit's modules: tsx's loader under the sources,
 * none for the build (which registers what it needs itself).
 */
export const kitNodeOptions: readonly string[] = fromSources ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
