// Package: where the running copy of the kit is, and what `accessor-kit` names in it. The kit runs
// either from its TypeScript sources (development: tsx, vitest) or from its build (dist/, as
// installed from npm); both lie two folders below the package root. Cells and designs import
// `accessor-kit`: at run time that must be the very module this process runs (one Store, one
// Linker class), and for the compilers the sources or the build's declarations beside it.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The package root: package.json, tsconfig.json, designs/, type-tests/, rust/, guests/, docs/. */
export const kitRoot = fileURLToPath(new URL("../../", import.meta.url));

/** True when this process runs the kit's TypeScript sources, false when it runs the build. */
export const fromSources = import.meta.url.endsWith(".ts");

/** The URL `accessor-kit` resolves to at run time: the package root module beside the running code. */
export const kitModule = new URL(`../index.${fromSources ? "ts" : "js"}`, import.meta.url).href;

/** The file `accessor-kit` names for the compilers: the sources, or the build's declarations. */
export const kitTypes = fileURLToPath(new URL(`../index.${fromSources ? "ts" : "d.ts"}`, import.meta.url));

/** The URL of a module beside `url` (the calling module's `import.meta.url`), in the running form: `.ts` or `.js`. */
export function siblingModule(name: string, url: string): URL {
  return new URL(`./${name}.${fromSources ? "ts" : "js"}`, url);
}

/** The kit's version, from its package.json. */
export const kitVersion = (JSON.parse(readFileSync(join(kitRoot, "package.json"), "utf8")) as { version: string }).version;

/**
 * The packages a cell may import beside `accessor-kit` (the kit's own cells assert types with
 * expect-type): resolved from the kit, wherever the cell lies, for the compilers and at run time.
 */
export const cellPackages: ReadonlyMap<string, { readonly folder: string; readonly url: string }> = new Map(
  ["expect-type"].map((name) => {
    const requireFromKit = createRequire(join(kitRoot, "package.json"));
    return [name, { folder: dirname(requireFromKit.resolve(`${name}/package.json`)), url: pathToFileURL(requireFromKit.resolve(name)).href }];
  }),
);
