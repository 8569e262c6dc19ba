// RustClaim: what rustc does with one attempt, written `compiles` or `error E0308 E0515 nocode`
// (the sorted set of error codes; `nocode` stands for errors without a code, such as
// rust-lang/rust#58052's "lifetime may not live long enough"). A twin's `// expect:` header and a
// cell's `// rust:` line both use this syntax.

import type { RustClaim } from "../engine/types.ts";

export const NOCODE = "nocode";

const CODE = /^E\d{4}$/;

/** Orders codes the way a claim writes them: E-codes by number, `nocode` last. */
function sortCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => (a === NOCODE ? 1 : b === NOCODE ? -1 : a.localeCompare(b)));
}

/** The claim for what rustc reported: `compiles` when it reported no error at all. */
export function claimOf(codes: Iterable<string>): RustClaim {
  const sorted = sortCodes(codes);
  return sorted.length === 0 ? { kind: "compiles" } : { kind: "error", codes: sorted };
}

export function formatClaim(claim: RustClaim): string {
  return claim.kind === "compiles" ? "compiles" : `error ${claim.codes.join(" ")}`;
}

export function sameClaim(a: RustClaim, b: RustClaim): boolean {
  return formatClaim(a) === formatClaim(b);
}

/** Parses the text after `expect:` or `rust:`; a string result says what is wrong with it. */
export function parseClaim(text: string): RustClaim | string {
  const [kind, ...codes] = text.trim().split(/\s+/);
  if (kind === "compiles" && codes.length === 0) return { kind: "compiles" };
  if (kind !== "error") return `"${text.trim()}" is neither "compiles" nor "error <codes>"`;
  if (codes.length === 0) return `"error" names no code (write "nocode" for an error without one)`;
  const bad = codes.filter((code) => code !== NOCODE && !CODE.test(code));
  if (bad.length > 0) return `"${bad.join(" ")}" is not an error code like E0308 or ${NOCODE}`;
  return claimOf(codes);
}

/**
 * The value of the `// <key>:` line in a file's header (its leading comment and blank lines, as the
 * engine reads a cell's), or undefined when there is none.
 */
export function headerValue(source: string, key: string): string | undefined {
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const comment = /^\s*\/\/(.*)$/.exec(line);
    if (comment === null) return undefined;
    const keyed = /^\s*(\w+)\s*:(.*)$/.exec(comment[1] ?? "");
    if (keyed?.[1] === key) return keyed[2] ?? "";
  }
  return undefined;
}

/** The claim on a twin's `// expect:` header line; a string when malformed. (Cells' `// rust:` lines are read by the engine.) */
export function readClaimLine(source: string, key: "expect"): RustClaim | string | undefined {
  const value = headerValue(source, key);
  return value === undefined ? undefined : parseClaim(value);
}
