// Init: `accessor-kit init <folder> [--from <design>]` scaffolds a proposal: design.ts and one
// explored cell (no `expect` line) per scenario of the kit, each its scenario's attempt.
//
// - Without --from, design.ts is the plainest design (the getter returns the host), to be rewritten,
//   and each cell is the scenario's attempt template with its holes left as they are (`«sockets
//   add»`): `check` reports such a cell as unfinished, naming its holes, until they are filled.
// - With --from <design>, design.ts is that kit design's module, each cell its cell with the
//   `expect` lines taken out (the `// rust:` claim stays), its support modules and the kit designs
//   it builds on beside it as `*.lib.ts`, and its Rust twins under rust/ (so the claims are
//   checked); a scenario the design has no cell for is scaffolded from the template.
//
// Then `accessor-kit check <folder>` shows what the compilers say, and `--accept` pins it.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { displayPath, kitRoot, userPath } from "../engine/index.ts";
import { readAttemptTemplate } from "../scenarios/attempt.ts";
import { scenarios } from "../scenarios/index.ts";
import { UsageError } from "./args.ts";
import { DESIGN_MODULE } from "./proposal.ts";

/** Scaffolds the proposal; returns the lines saying what it wrote and what to do next. */
export function initProposal(folder: string, from?: string): string[] {
  const target = userPath(folder);
  const shown = displayPath(target);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new UsageError(`${shown} ${statSync(target).isDirectory() ? "is not empty" : "is not a folder"}: init scaffolds a new proposal in a new or empty folder`);
  }
  mkdirSync(target, { recursive: true });
  const written = from === undefined ? scaffold(target) : copyDesign(target, from);
  return [
    `accessor-kit: wrote ${written.length} files in ${shown}${from === undefined ? "" : ` (from the kit's ${from})`}`,
    from === undefined ? "next: rewrite design.ts, fill each cell's «holes» the way a user of your design would, then" : "next: change design.ts and the cells into your design, then",
    `  accessor-kit check ${shown}            what the compilers say (the cells are explored: nothing is judged yet)`,
    `  accessor-kit check ${shown} --accept   pin it in the cells' headers`,
  ];
}

/** The plainest design, and every scenario's attempt with its holes to fill. */
function scaffold(target: string): string[] {
  const design = join(target, DESIGN_MODULE);
  writeFileSync(design, plainDesign(basename(target)));
  return [design, ...scenarios.map(({ id }) => scaffoldCell(target, id))];
}

/** A cell that is its scenario's attempt template, holes and all, under an explored header. */
function scaffoldCell(target: string, scenario: string): string {
  const { intent } = scenarios.find(({ id }) => id === scenario)!;
  const header = [
    `// scenario: ${scenario}`,
    `// ${intent}.`,
    "// TODO: fill each «hole» the way a user of this design would (docs/proposals.md), then check.",
  ];
  const file = join(target, `${scenario}.ts`);
  writeFileSync(file, `${header.join("\n")}\n${readAttemptTemplate(scenario, "ts").text}`);
  return file;
}

/** A kit design's module, cells, support modules and Rust twins, as a proposal. */
function copyDesign(target: string, design: string): string[] {
  const written: string[] = [];
  const write = (file: string, text: string) => (writeFileSync(file, text), written.push(file));
  const designs = join(kitRoot, "designs");
  // The kit designs this one builds on (`./get-host.ts`), each once, as support modules.
  const pending = [design];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const text = readFileSync(join(designs, `${next}.ts`), "utf8");
    for (const [, other] of text.matchAll(/from "\.\/([^"./]+)\.ts"/g)) if (!pending.includes(other!) && !written.some((file) => basename(file) === `${other}.lib.ts`)) pending.push(other!);
    write(join(target, next === design ? DESIGN_MODULE : `${next}.lib.ts`), text.replace(/from "\.\/([^"./]+)\.ts"/g, 'from "./$1.lib.ts"'));
  }
  const cells = join(kitRoot, "type-tests", design);
  const asProposal = (text: string) => text.replace(new RegExp(`"\\.\\./\\.\\./designs/${design}\\.ts"`, "g"), `"./${DESIGN_MODULE}"`).replace(/"\.\.\/\.\.\/designs\/([^"./]+)\.ts"/g, '"./$1.lib.ts"');
  for (const name of readdirSync(cells).sort()) {
    const text = asProposal(readFileSync(join(cells, name), "utf8"));
    if (/^[^.]+\.ts$/.test(name)) write(join(target, name), withoutExpectations(text));
    else if (name.endsWith(".lib.ts")) write(join(target, name), text);
  }
  for (const { id } of scenarios) if (!existsSync(join(target, `${id}.ts`))) written.push(scaffoldCell(target, id));
  written.push(...copyTwins(target, design));
  return written;
}

/** The kit's Rust twins of the design, in the proposal's rust/ folder laid out as the kit's. */
function copyTwins(target: string, design: string): string[] {
  const from = join(kitRoot, "rust");
  const designTwin = join(from, "designs", `${design}.rs`);
  if (!existsSync(designTwin)) return [];
  mkdirSync(join(target, "rust", "designs"), { recursive: true });
  mkdirSync(join(target, "rust", "twins", design), { recursive: true });
  const copies = [[designTwin, join(target, "rust", "designs", `${design}.rs`)]];
  const twins = join(from, "twins", design);
  if (existsSync(twins)) for (const name of readdirSync(twins).filter((file) => file.endsWith(".rs"))) copies.push([join(twins, name), join(target, "rust", "twins", design, name)]);
  for (const [source, copy] of copies) copyFileSync(source!, copy!);
  return copies.map(([, copy]) => copy!);
}

/** The cell without its `expect` lines: explored, its outcome reported, not judged. */
function withoutExpectations(text: string): string {
  const lines = text.split("\n");
  const code = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("//"));
  return lines.filter((line, index) => (code !== -1 && index >= code) || !/^\s*\/\/\s*expect(\[[^\]]*\])?\s*:/.test(line)).join("\n");
}

/** The design module `init` starts from: the getter returns the host, whatever it is. */
function plainDesign(name: string): string {
  return `// ${name} (a proposal): TODO say what the getter passed to addToLinker may return, what that
// costs, and which wasmtime version, PR or issue it relates to. As scaffolded, the getter returns the
// host itself, whatever it is: rewrite this module into your design (docs/proposals.md).

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type HostFor,
  hostFor,
  type HostImpl,
  type Interface,
  type InterfaceName,
  type Libraries,
  type Linker,
  world,
} from "accessor-kit";

/** The getter: from the store data T to the interface's host. */
export type Getter<T, Host> = (data: T) => Host;

export interface InterfaceBindings<Host> {
  addToLinker<T>(linker: Linker<T>, get: Getter<T, Host>): void;
}

export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> };

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, get: Getter<T, unknown>): void {
      addInterfaceToLinker(linker, iface, (data) => hostFor(impl, get(data)));
    },
  };
}

/** The bindings, the libraries' impls beside them. */
export function bindgen<const L extends Libraries>(options: Omit<BindgenOptions<L>, "skipMutForwardingImpls">): Bindings<L> {
  return { sockets: bindingsFor(world.sockets, options.impls.sockets), http: bindingsFor(world.http, options.impls.http) };
}

export const { sockets, http } = bindgen({ impls: {} });
`;
}
