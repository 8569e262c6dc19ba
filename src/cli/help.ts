// Help: what `accessor-kit help [command]` (and `--help`) prints. One text per command, sharing
// the options and the exit status, so each command's help is whole on its own.

import { DEFAULT_LIMITS } from "../engine/index.ts";
import { FORMATS, type CommandName } from "./args.ts";

const TITLE = "accessor-kit: what may the getter passed to a generated addToLinker(linker, get) return?";

const OPTIONS = `options:
  --ts 6|7|all             TypeScript versions to check with (default: all, leaving out an optional
                           one that is not installed, with a note on stderr)
  --design <id>[,<id>]     only these kit designs (repeatable)
  --scenario <id>[,<id>]   only these scenarios (repeatable)
  --format <format>        ${FORMATS.join(", ")} (default text; see below)
  --repo-url <url>         markdown and the GitHub step summary link files of the repository checked out
                           in the working directory to <url>/<path> (in GitHub Actions: the run's commit)
  --html <dir>             report, check: also write the run as one self-contained HTML page,
                           <dir>/index.html (check highlights the proposal's row)
  --cache-dir <folder>     where the kit keeps its results and temporary files (default:
                           $ACCESSOR_KIT_CACHE_DIR, else $XDG_CACHE_HOME/accessor-kit, else ~/.cache/accessor-kit);
                           what no run used for 30 days is removed
  --no-cache               compute every result afresh (neither read nor write the results kept by content)
  --watch                  keep the compilers warm and print the report again after every change to the
                           kit's or the proposals' files (Ctrl-C ends it)
  -q, --quiet              no progress and no notes on stderr (progress shows only on a terminal)
  -h, --help               this help
  -v, --version            the kit's version`;

const FORMAT_HELP = `formats:
  text       the matrix for a terminal, fitted to its width ($COLUMNS, else the terminal's, else 80)
  markdown   the matrix as a markdown table; cells linked only where the link works anywhere (--repo-url)
  json       every cell, outcome and problem as data: schema/report.schema.json in the package
  github     one ::error annotation per problem for GitHub Actions, paths relative to $GITHUB_WORKSPACE;
             the markdown report is appended to $GITHUB_STEP_SUMMARY
  junit      JUnit XML: a test suite per design, a test case per cell`;

const EXIT = `exit status: 0 every cell as expected; 1 a cell is not, or a fault (a malformed cell, a proposal's design.ts
that does not type-check), or a proposal's missing or unfinished cell; 2 bad usage, or a folder that is
not a proposal (one line on stderr, no report)`;

const CHECK_OPTIONS = `check options:
  --allow-missing          a proposal's missing and unfinished cells do not fail the check
  --accept                 write what the compilers (and rustc, for a cell with a Rust twin) said into the
                           headers of the proposals' cells that are explored or not as they say, then check again
  --against <design>       show only the scenarios where a proposal's outcome differs from <design>'s (a kit
                           design, shown alone unless --design says otherwise, or another proposal)
  --timeout <seconds>      time limit of each cell's run (default ${DEFAULT_LIMITS.timeoutMs / 1000})
  --memory <MiB>           heap limit of the process a proposal's runs take turns in (default ${DEFAULT_LIMITS.memoryMb})
  --rust                   also compile the kit's Rust twins (check compiles only the proposals')
  --costs                  also measure the costs per design (text and json formats)`;

const COMMANDS: Readonly<Record<CommandName, string>> = {
  matrix: `usage: accessor-kit [matrix] [options]

The designs x scenarios matrix, computed live: every cell type-checked by each TypeScript version,
the compiling ones run against the real guest, each Rust twin compiled by rustc (when rustc 1.75 or
later is on PATH, or $RUSTC names it), then the findings and the costs per design.`,
  check: `usage: accessor-kit check <folder>... [options]

Proposals beside the kit's designs: each <folder> holds design.ts and one <scenario>.ts cell per
scenario (the kit's cell format, importing accessor-kit and ./design.ts), anywhere on disk, and may
bring scenarios of its own (scenarios/<id>/) and Rust twins (rust/). Each is type-checked in a
program of its own and its cells run in a child process of its own (not a sandbox: see docs/proposals.md),
and printed as a row beside the kit's designs with what it does differently. Relative paths are
from the directory the command was run in. Format: docs/proposals.md in the package.`,
  init: `usage: accessor-kit init <folder> [--from <design>]

Scaffolds a proposal in a new or empty <folder>: design.ts and one explored cell per scenario, each
the scenario's attempt with its «holes» left for you to fill (check reports such a cell as
unfinished). --from <design> starts from that kit design instead: its module, its cells without
their expect lines, its Rust twins.`,
  report: `usage: accessor-kit report --html <dir> [options]

The matrix's run as one static page, <dir>/index.html, for reviewers: the decision table (a design
per row, a property per column, each entry read from named cells), the matrix coloured by outcome
(accepts, refuses, TypeScript and Rust disagree, unexpected) with filters, and per entry its cell and
Rust twin with the compilers' diagnostics at their lines, the guest run and what the design wrote into
the scenario's attempt. No server and no network: everything is in the file. Prints one line.`,
  help: `usage: accessor-kit help [command]

This help, or a command's (commands: matrix, check, report, init, help).`,
};

/** The general help, or a command's. */
export function helpText(topic?: CommandName): string {
  if (topic === "help" || topic === "init") return `${COMMANDS[topic]}\n`;
  if (topic === "check") return `${COMMANDS.check}\n\n${OPTIONS}\n\n${CHECK_OPTIONS}\n\n${FORMAT_HELP}\n\n${EXIT}\n`;
  if (topic !== undefined) return `${COMMANDS[topic]}\n\n${OPTIONS}\n\n${FORMAT_HELP}\n\n${EXIT}\n`;
  return `${TITLE}

usage:
  accessor-kit [matrix] [options]           the designs x scenarios matrix, computed live
  accessor-kit check <folder>... [options]  proposals (design.ts and one cell per scenario) beside the kit's designs
  accessor-kit report --html <dir>          the matrix as one self-contained HTML page for reviewers
  accessor-kit init <folder> [--from <d>]   scaffold a proposal
  accessor-kit help [command]               this help, or a command's
  accessor-kit --version                    the kit's version

${OPTIONS}

${CHECK_OPTIONS}

${FORMAT_HELP}

environment: NO_COLOR, FORCE_COLOR, COLUMNS, RUSTC, ACCESSOR_KIT_CACHE_DIR, XDG_CACHE_HOME, and in
GitHub Actions GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA

${EXIT}
`;
}
