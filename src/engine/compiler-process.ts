// Compiler process: a JavaScript compiler's `tsc` run as `node <tsc>` runs it, but started before
// its arguments are known (ahead.ts), with its compiled code kept between runs (code-cache.ts).
//   node compiler-process.js <the compiler's tsc script> [<the code cache folder it will likely be told>]
// It reads two lines of JSON on its standard input: the code cache folder (a string, empty: none),
// then tsc's arguments (an array of strings), upon which tsc runs with them. Given a likely folder, it
// reads and compiles the compiler's code from there while it waits, and drops that work if told
// another. Its input ended before both lines came, it exits quietly.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { CodeCache } from "./code-cache.ts";

const [tsc, likely] = process.argv.slice(2) as [string, string | undefined];
const lib = join(dirname(dirname(tsc)), "lib");
const early = likely === undefined ? undefined : new CodeCache(likely, lib, tsc);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const line = await lines.next();
const folder = line.done === true ? "" : (JSON.parse(line.value) as string);
if (folder !== "") (early?.folder === folder ? early : new CodeCache(folder, lib, tsc)).use();
const args = await lines.next();
process.stdin.destroy();
if (args.done !== true) {
  process.argv = [process.argv[0]!, tsc, ...(JSON.parse(args.value) as string[])];
  createRequire(tsc)(tsc);
}
