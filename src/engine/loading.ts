// Loading: how a process imports cells and design modules, TypeScript files anywhere on disk (the
// kit's own, or a proposal's folder in another project). Two module hooks, registered once before
// the first such import:
// - `accessor-kit` resolves to the kit module this process runs (src/index.ts from the sources,
//   dist/index.js from the build), whoever imports it, so there is one Store and one Linker class;
//   node alone would find the kit only from inside its own folder, or another copy of it (and the
//   packages a cell may import beside it, `cellPackages`, to the kit's copies);
// - every `.ts` file outside node_modules loads as an ES module, as the engine type-checks it,
//   even in a folder with no `"type": "module"` package.json (where it would load as CommonJS).
// Running from the build, the process cannot load TypeScript itself: tsx's loader is registered
// first (under the sources, tsx or vitest already runs the process).

import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
import { register as registerTsx } from "tsx/esm/api";
import { cellPackages, fromSources, kitModule } from "./package.ts";

// Runs on node's loader thread, so it is plain JavaScript handed over as a data: URL.
const hooks = `
let kit;
let packages;
export function initialize(data) {
  ({ kit, packages } = data);
}
export async function resolve(specifier, context, next) {
  if (specifier === "accessor-kit") return { url: kit, format: "module", shortCircuit: true };
  if (Object.hasOwn(packages, specifier)) return { url: packages[specifier], shortCircuit: true };
  if (/^(\\.{1,2}\\/|\\/|file:)/.test(specifier)) {
    const url = new URL(specifier, context.parentURL ?? "file:///");
    if (url.pathname.endsWith(".ts") && !url.pathname.includes("/node_modules/")) {
      return { url: url.href, format: "module", shortCircuit: true };
    }
  }
  return next(specifier, context);
}
`;

let enabled = false;

/** Lets this process import cells and design modules wherever they are. Idempotent. */
export function enableCellImports(): void {
  if (enabled) return;
  enabled = true;
  if (!fromSources) registerTsx();
  const packages = Object.fromEntries([...cellPackages].map(([name, { url }]) => [name, url]));
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { kit: kitModule, packages } });
}

/**
 * The node options a child process needs to run the kit's modules: tsx's loader under the sources,
 * none for the build (which registers what it needs itself).
 */
export const kitNodeOptions: readonly string[] = fromSources ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
