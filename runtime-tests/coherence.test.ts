// The coherence corpus against rustc: every pair's Rust twin is compiled, and rustc's outcome must
// be what the corpus says and what the TypeScript model says (read from one TS 7 program over the
// corpus). The rustc tests are skipped, with the reason in their names, where rustc is missing or
// older than 1.75; the twins' freshness and the model's agreement with the corpus are checked
// regardless.

import { beforeAll, describe, expect, it } from "vitest";
import { rustNotRunReason } from "../src/rust/twins.ts";
import { corpus } from "../src/coherence/corpus.ts";
import { compileTwins, modelOutcomes, pairTwin, staleTwins, stdFactsTwin } from "../src/coherence/twins.ts";

const notRun = rustNotRunReason();
const skipped = notRun === undefined ? "" : ` (not run: ${notRun})`;
const itWithRustc = it.skipIf(notRun !== undefined);

// One rustc run of every twin and one tsc run over the corpus serve all the tests below; their time
// depends on the machine's load, so the hook gets a generous limit.
let rustc: Map<string, string>;
let model: Map<string, string>;
beforeAll(async () => {
  [rustc, model] = await Promise.all([
    notRun === undefined ? compileTwins(process.env["RUSTC"] ?? "rustc") : new Map<string, string>(),
    modelOutcomes(),
  ]);
}, 300_000);

describe("the coherence twins", () => {
  it("are what src/coherence/corpus.ts generates (else run `npx tsx src/coherence/twins.ts`)", () => {
    expect(staleTwins()).toEqual([]);
  });

  itWithRustc(`std has every impl the model assumes of it${skipped}`, () => {
    expect(rustc.get(stdFactsTwin().file)).toBe("compiles");
  });
});

describe("each pair: rustc, the corpus and the TypeScript model agree", () => {
  for (const twin of corpus.map(pairTwin)) {
    itWithRustc(`${twin.pair.id}: rustc says ${twin.pair.rustc}${skipped}`, () => {
      expect(rustc.get(twin.file), twin.file).toBe(twin.pair.rustc);
    });

    itWithRustc(`${twin.pair.id}: the model says what rustc says${skipped}`, () => {
      expect(model.get(twin.pair.id), `the TS model on ${twin.pair.id}`).toBe(rustc.get(twin.file));
    });

    it(`${twin.pair.id}: the model says what the corpus says`, () => {
      expect(model.get(twin.pair.id), `the TS model on ${twin.pair.id}`).toBe(twin.pair.rustc);
    });
  }
});
