// The coherence corpus in Rust: each pair's twin, rust/coherence/<id>.rs, generated from the pair
// (its crate's items, its own items, the two impls), and std-facts.rs, which asserts that std has
// every impl the model assumes (std.ts). Compiling the twins with rustc gives each pair's outcome in
// the corpus's words; one TypeScript program over the corpus gives the model's. Run this file to
// rewrite the twins and print the table of both: `npx tsx src/coherence/twins.ts`.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compilers, kitRoot, scratchSubfolder } from "../engine/index.ts";
import { checkProgram } from "../engine/tsc.ts";
import { compileToMetadata, inParallel, probeRustc, type RustcRun } from "../rust/rustc.ts";
import { corpus, crates, type CoherencePair } from "./corpus.ts";
import { stdImpls } from "./std.ts";

export const twinFolder = join(kitRoot, "rust", "coherence");

const GENERATED = "// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.";

export interface PairTwin {
  readonly pair: CoherencePair;
  /** The twin's path, relative to the kit root. */
  readonly file: string;
  readonly source: string;
  /** The line of the second impl, where rustc reports E0119. */
  readonly secondLine: number;
}

/** A pair's twin: its crate, its own items, then both impls with empty bodies. */
export function pairTwin(pair: CoherencePair): PairTwin {
  const head = [
    `// rustc: ${pair.rustc}`,
    GENERATED,
    `//! ${pair.shows}`,
    "#![allow(dead_code, unused_imports)]",
    "",
    crates[pair.crate],
    ...(pair.items === undefined ? [] : [pair.items]),
    "",
    `${pair.first} {}`,
  ].join("\n");
  const secondLine = head.split("\n").length + 1;
  return { pair, file: `rust/coherence/${pair.id}.rs`, source: `${head}\n${pair.second} {}\n`, secondLine };
}

/** One function per std impl the model assumes, that compiles only if std has such an impl. */
export function stdFactsTwin(): { readonly file: string; readonly source: string } {
  const facts = stdImpls.split("\n").map((impl, index) => {
    const match = /^impl(?:<(.*?)>)? (\w+) for (.+)$/.exec(impl);
    if (match === null) throw new Error(`std.ts: cannot read "${impl}"`);
    const [, generics, trait, self] = match;
    return `fn fact_${index}${generics === undefined ? "" : `<${generics}>`}() { holds_${trait}::<${self}>() } // ${impl}`;
  });
  const traits = [...new Set(stdImpls.split("\n").map((impl) => / (\w+) for /.exec(impl)?.[1]))];
  const source = [
    "// rustc: compiles",
    GENERATED,
    "//! Each std impl the coherence model assumes (src/coherence/std.ts) exists.",
    "#![allow(dead_code, non_snake_case)]",
    "use std::fmt::Display;",
    "use std::pin::Pin;",
    ...traits.map((trait) => `fn holds_${trait}<X: ${trait} + ?Sized>() {}`),
    ...facts,
    "",
  ].join("\n");
  return { file: "rust/coherence/std-facts.rs", source };
}

export function allTwins(): readonly { readonly file: string; readonly source: string }[] {
  return [...corpus.map(pairTwin), stdFactsTwin()];
}

/** Rust files under rust/coherence/ that no pair generates. */
function strayTwins(): string[] {
  const generated = new Set(allTwins().map(({ file }) => file));
  const present = existsSync(twinFolder) ? readdirSync(twinFolder).filter((name) => name.endsWith(".rs")) : [];
  return present.map((name) => `rust/coherence/${name}`).filter((file) => !generated.has(file));
}

/** The twins whose file is missing or differs from what the corpus generates, and files no pair generates. */
export function staleTwins(): string[] {
  const stale = allTwins().filter(({ file, source }) => !existsSync(join(kitRoot, file)) || readFileSync(join(kitRoot, file), "utf8") !== source);
  return [...stale.map(({ file }) => file), ...strayTwins()];
}

export function writeTwins(): void {
  mkdirSync(twinFolder, { recursive: true });
  for (const file of strayTwins()) rmSync(join(kitRoot, file));
  for (const { file, source } of allTwins()) writeFileSync(join(kitRoot, file), source);
}

/** What rustc did with a twin, in the corpus's words; anything but `compiles` or one E0119 at the second impl is reported as it is. */
export function rustcOutcome(run: RustcRun, secondLine: number): string {
  if (run.failure !== undefined) return `rustc failed: ${run.failure}`;
  const [only, ...others] = run.errors;
  if (only === undefined) return "compiles";
  const conflict = /^conflicting implementations of trait `[^`]*`(?: for type `(.*)`)?$/.exec(only.message);
  if (others.length === 0 && only.code === "E0119" && only.line === secondLine && conflict !== null) {
    return conflict[1] === undefined ? "E0119" : `E0119 for type \`${conflict[1]}\``;
  }
  return `unexpected: ${run.errors.map((error) => `${error.code} at line ${String(error.line)}: ${error.message}`).join("; ")}`;
}

/** Compiles every twin (two at a time); the outcome per twin file. */
export async function compileTwins(rustc: string): Promise<Map<string, string>> {
  const out = scratchSubfolder("coherence-");
  try {
    const twins = [...corpus.map(pairTwin), { ...stdFactsTwin(), secondLine: 0 }];
    const outcomes = await inParallel(twins, 2, async (twin, index) =>
      rustcOutcome(await compileToMetadata(rustc, join(kitRoot, twin.file), join(out, `twin${index}.rmeta`)), twin.secondLine),
    );
    return new Map(twins.map((twin, index) => [twin.file, outcomes[index]!]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The model's outcome for every pair, by id: one TypeScript 7 program assigns a string to each
 * pair's ModelOutcome and reads the type back from the TS2322 message.
 */
export async function modelOutcomes(): Promise<Map<string, string>> {
  const folder = scratchSubfolder("coherence-model-");
  const file = join(folder, "model.ts");
  const lines = [
    `import type { Corpus, ModelOutcome } from ${JSON.stringify(join(kitRoot, "src", "coherence", "corpus.ts"))};`,
    ...corpus.map((_, index) => `export const pair${index}: ModelOutcome<Corpus[${index}]> = "probe";`),
  ];
  writeFileSync(file, `${lines.join("\n")}\n`);
  try {
    const { diagnostics } = await checkProgram(compilers[0], { files: [file] });
    return new Map(
      corpus.map((pair, index) => {
        const found = diagnostics.find((d) => d.file === file && d.line === index + 2);
        const target = found === undefined ? undefined : /is not assignable to type '(.*)'\.$/m.exec(found.message)?.[1];
        const outcome = target === undefined ? `no verdict (${found?.message ?? "the model accepts any string"})` : unquote(target);
        return [pair.id, outcome];
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A string literal type as TypeScript prints it (`"compiles"`), as its string; anything else as printed. */
function unquote(type: string): string {
  return type.startsWith('"') ? (JSON.parse(type) as string) : type;
}

async function main(): Promise<void> {
  writeTwins();
  const bin = process.env["RUSTC"] ?? "rustc";
  const probe = probeRustc(bin);
  const [rustc, model] = await Promise.all([probe.ok ? compileTwins(bin) : undefined, modelOutcomes()]);
  console.log(`| pair | rustc ${probe.ok ? probe.version : `(not run: ${probe.reason})`} | TS model |\n| --- | --- | --- |`);
  for (const twin of corpus.map(pairTwin)) {
    console.log(`| ${twin.pair.id} | ${rustc?.get(twin.file) ?? "not run"} | ${model.get(twin.pair.id) ?? "?"} |`);
  }
  const facts = stdFactsTwin().file;
  console.log(`\n${facts}: ${rustc?.get(facts) ?? "not run"}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
