// Kit resolution: cells and designs outside the kit import `accessor-kit`, which node cannot find
// from there (the package only resolves itself from inside its own folder), and a folder with no
// `"type": "module"` package.json would make tsx load their `.ts` files as CommonJS. The module
// hooks registered here, before any cell is imported, map `accessor-kit` to the kit's own
// src/index.ts (the very module the CLI runs, so there is one Store and one Linker class) and load
// every `.ts` file of the given folders as an ES module, as the engine type-checks them.

import { register } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { kitRoot } from "../engine/index.ts";

interface HookData {
  /** The URL `accessor-kit` resolves to. */
  readonly kit: string;
  /** Folder URLs (ending in `/`) whose `.ts` files are ES modules. */
  readonly folders: readonly string[];
}

// Runs on node's loader thread, so it is plain JavaScript handed over as a data: URL.
const hooks = `
let kit, folders;
export function initialize(data) {
  ({ kit, folders } = data);
}
export async function resolve(specifier, context, next) {
  if (specifier === "accessor-kit") return { url: kit, format: "module", shortCircuit: true };
  if (/^(\\.{1,2}\\/|\\/|file:)/.test(specifier)) {
    const url = new URL(specifier, context.parentURL ?? "file:///");
    if (url.pathname.endsWith(".ts") && folders.some((folder) => url.href.startsWith(folder))) {
      return { url: url.href, format: "module", shortCircuit: true };
    }
  }
  return next(specifier, context);
}
`;

/** Lets the cells and design modules in `folders` import `accessor-kit` and each other, wherever they are. */
export function resolveKitFrom(folders: readonly string[]): void {
  const data: HookData = {
    kit: pathToFileURL(join(kitRoot, "src", "index.ts")).href,
    folders: folders.map((folder) => pathToFileURL(join(folder, "/")).href),
  };
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data });
}
