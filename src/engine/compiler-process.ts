// Compiler process: a JavaScript compiler's `tsc` run as `node <tsc>` runs it, but started before
// its arguments are known (ahead.ts), with its compiled code kept between runs (code-cache.ts).
//   node compiler-process.js <the compiler's tsc script>
// It reads two lines on its standard input: the code cache folder (empty: none), upon which it
// reads and compiles the compiler's code, then tsc's arguments (a JSON array of strings), upon which
// tsc runs with them. Its input ended before both came, it exits quietly.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { useCodeCache } from "./code-cache.ts";

const tsc = process.argv[2]!;
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const folder = await lines.next();
if (folder.done !== true && folder.value !== "") useCodeCache(folder.value, join(dirname(dirname(tsc)), "lib"));
const args = await lines.next();
process.stdin.destroy();
if (args.done !== true) {
  process.argv = [process.argv[0]!, tsc, ...(JSON.parse(args.value) as string[])];
  createRequire(tsc)(tsc);
}
