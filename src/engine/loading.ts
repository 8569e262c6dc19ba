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
// A process can also be given the JavaScript of some of those files, made before (transforms.ts: a
// proposal's process is given its folder's with its first job), each with a hash of the text it was made
// from: it loads a given file whose text is still that text from it, and starts esbuild only for
// any other.
// A file imported with a run number (`?run=<n>`, RUN_PARAMETER) passes it on to the files it imports
// (but those in node_modules and the kit's own code, which every run shares): each of a proposal's
// runs in one process gets modules of its own.

import { createRequire, register } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { cellPackages, fromSources, kitModule, kitRoot } from "./package.ts";

/** JavaScript made from TypeScript files: for each file, the hash of the text it was made from (`textHash`), and the code. */
export type Transforms = Readonly<Record<string, { readonly textHash: string; readonly code: string }>>;

/** The search parameter of a file's URL that gives a run modules of its own (`?run=<n>`). */
export const RUN_PARAMETER = "run";

// Runs on node's loader thread, so it is plain JavaScript handed over as a data: URL. Its
// `textHash` and `transform` are also what transforms.ts makes transforms with, so that both
// sides hash and transform one way.
const hooks = `
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
let kit;
let packages;
let kitFolder;
let kitCode;
let esbuildUrl;
let port;
let given = new Map();
export async function initialize(data) {
  kit = data.kit;
  packages = data.packages;
  kitFolder = data.kitFolder;
  kitCode = new URL(".", data.kit).href;
  esbuildUrl = data.esbuild;
  port = data.port;
  port.on("message", ({ id, transforms }) => {
    given = new Map(Object.entries(transforms));
    port.postMessage({ taken: id });
  });
  port.unref();
}
export const textHash = (text) => createHash("sha256").update(text).digest("hex");
let esbuild;
export async function transform(file, text, url) {
  // required, not imported: an import of this CommonJS module would have its source scanned for its exports first
  esbuild ??= createRequire(url)(fileURLToPath(url));
  const { code } = await esbuild.transform(text, { loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
  return code;
}
const isCellSource = (url) =>
  url.protocol === "file:" && url.pathname.endsWith(".ts") && (url.href.startsWith(kitFolder) || !url.pathname.includes("/node_modules/"));
const RUN = ${JSON.stringify(RUN_PARAMETER)};
// A run's own modules: every file outside node_modules and the kit's code, imported from one of them.
const ofTheRun = (resolved, parentURL) => {
  const run = parentURL === undefined ? null : new URL(parentURL).searchParams.get(RUN);
  const url = new URL(resolved.url);
  if (run === null || url.protocol !== "file:" || url.pathname.includes("/node_modules/") || url.href.startsWith(kitCode)) return resolved;
  url.searchParams.set(RUN, run);
  return { ...resolved, url: url.href };
};
export async function resolve(specifier, context, next) {
  if (specifier === "accessor-kit") return { url: kit, format: "module", shortCircuit: true };
  if (Object.hasOwn(packages, specifier)) return { url: packages[specifier], shortCircuit: true };
  if (/^(\\.{1,2}\\/|\\/|file:)/.test(specifier)) {
    const url = new URL(specifier, context.parentURL ?? "file:///");
    if (isCellSource(url)) return ofTheRun({ url: url.href, format: "module", shortCircuit: true }, context.parentURL);
  }
  return ofTheRun(await next(specifier, context), context.parentURL);
}
export async function load(href, context, next) {
  const url = new URL(href);
  if (url.protocol === "file:") port.postMessage({ loaded: href });
  if (!isCellSource(url)) return next(href, context);
  const file = fileURLToPath(url);
  const text = await readFile(file, "utf8");
  const ahead = given.get(file);
  const source = ahead !== undefined && ahead.textHash === textHash(text) ? ahead.code : await transform(file, text, esbuildUrl);
  return { format: "module", source, shortCircuit: true };
}
`;
const hooksModule = `data:text/javascript,${encodeURIComponent(hooks)}`;

/** The main thread's end of the channel to the hooks, once they are registered. */
let hooksPort: MessagePort | undefined;
/** The transforms given that the hooks have not said they have yet, by id. */
const giving = new Map<number, () => void>();
let gifts = 0;

/**
 * Lets this process import cells and design modules wherever they are. Idempotent. `onLoad` hears
 * the URL of every file the module loader loads from then on (a proposal's cell process reports
 * them with a run's result: what the run read, beyond what the compiler saw).
 */
export function enableCellImports(onLoad?: (url: string) => void): void {
  if (hooksPort !== undefined) return;
  const { port1, port2 } = new MessageChannel();
  hooksPort = port1;
  port1.on("message", (message: { loaded?: string; taken?: number }) => {
    if (message.loaded !== undefined) onLoad?.(message.loaded);
    else if (message.taken !== undefined) giving.get(message.taken)?.();
  });
  // the channel never keeps the process alive: a run that never settles must still reach beforeExit
  port1.unref();
  const data = {
    kit: kitModule,
    kitFolder: pathToFileURL(join(kitRoot, "/")).href,
    esbuild: esbuildUrl(),
    packages: Object.fromEntries([...cellPackages].map(([name, { url }]) => [name, url])),
    port: port2,
  };
  register(hooksModule, { data, transferList: [port2] });
}

/** Hands the hooks `transforms`, which replace any given before; resolves once they have them. */
export function giveTransforms(transforms: Transforms): Promise<void> {
  const port = hooksPort;
  if (port === undefined) return Promise.reject(new Error("giveTransforms before enableCellImports"));
  const id = gifts++;
  return new Promise((taken) => {
    giving.set(id, () => {
      giving.delete(id);
      if (giving.size === 0) port.unref();
      taken();
    });
    port.ref(); // until they say they have them
    port.postMessage({ id, transforms });
  });
}

/** The hash of a file's text a transform is given with, and esbuild's transform of it, as the hooks make them. */
export async function transformer(): Promise<{ textHash(text: string): string; transform(file: string, text: string): Promise<string> }> {
  const { textHash, transform } = (await import(hooksModule)) as { textHash(text: string): string; transform(file: string, text: string, url: string): Promise<string> };
  const esbuild = esbuildUrl();
  return { textHash, transform: (file, text) => transform(file, text, esbuild) };
}

/** The kit's esbuild, which strips the types (the hooks load it only for a file they were not given). */
function esbuildUrl(): string {
  return pathToFileURL(createRequire(join(kitRoot, "package.json")).resolve("esbuild")).href;
}

/**
 * The node options a child process needs to run the kit's modules: tsx's loader under the sources,
 * none for the build (which registers what it needs itself).
 */
export const kitNodeOptions: readonly string[] = fromSources ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
