import { describe, expectTypeOf, test } from "vitest";
import type { CoherencePair, Corpus, ModelCheck, ModelOutcome } from "./corpus.ts";

type BecauseOf<T> = T extends { readonly because: infer Because } ? Because : undefined;

/** What the model says of a pair: what rustc does with its twin and, where it compiles, why. */
type ModelSays<P extends CoherencePair> = { id: P["id"]; rustc: ModelOutcome<P>; because: BecauseOf<ModelCheck<P>> };
/** What the corpus says of it: what rustc does (established by compiling the twin), and why. */
type CorpusSays<P extends CoherencePair> = { id: P["id"]; rustc: P["rustc"]; because: BecauseOf<P> };

// Mapped over the corpus's indices, each pair is checked on its own: over a union of pairs
// TypeScript would evaluate the model over all of them at once, too deep for it.
type Model = { [I in keyof Corpus]: Corpus[I] extends infer P extends CoherencePair ? ModelSays<P> : never };
type Claims = { [I in keyof Corpus]: Corpus[I] extends infer P extends CoherencePair ? CorpusSays<P> : never };

describe("the coherence corpus", () => {
  // runtime-tests/coherence.test.ts names the pair that differs.
  test("the model says of every pair what rustc says (as the corpus records it), for the reason the corpus gives", () => {
    expectTypeOf<Model>().toEqualTypeOf<Claims>();
  });

  test("every pair rustc accepts says why, and no other does", () => {
    expectTypeOf<Extract<Corpus[number], { rustc: "compiles" }>["because"]>().toBeString();
    expectTypeOf<Extract<Corpus[number], { because: string }>["rustc"]>().toEqualTypeOf<"compiles">();
  });
});
