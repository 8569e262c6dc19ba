#!/usr/bin/env node
// accessor-kit's command line (the package's `accessor-kit` bin; `npm start -- <args>` in this
// repository): `matrix` computes the designs x scenarios matrix live, `check <folder>` puts a
// proposal beside the kit's designs, `report --html <dir>` writes the matrix's run as an HTML page
// (as `check --html <dir>` does the check's), `help [command]` and `--version` say what they say. Exit status
// 0 when every cell is as it expects, 1 when one is not, 2 on bad usage or bad input, which is
// always one line on stderr, never a stack trace. The report goes to stdout; progress, only on a
// terminal, to stderr.
//
// This entry first starts, for a `check` run from the build, TypeScript 6's tsc ahead
// (engine/ahead.ts: its start then overlaps the loading of the kit's modules and the reading of the
// proposal), then loads and runs the command (commands.ts).

import { startCompilersAhead } from "../engine/ahead.ts";
import { keepsCompiledCode } from "../engine/code-cache.ts";
import { siblingModule } from "../engine/package.ts";

if (keepsCompiledCode && process.argv[2] === "check" && !process.argv.includes("--watch")) startCompilersAhead();
await import(siblingModule("commands", import.meta.url).href);
