// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The embedder's store type takes both hosts from the library's blanket host over every view
// (ViewHosts: wasmtime-wasi <= 20's `impl<T: WasiView> Host for T`) and lends itself, `d => d`.
// D1's bindings generate no `impl Host for &mut T`: they call the host through the `&mut U` the
// getter returns, so the blanket impl has nothing to overlap and rustc accepts it (the E0119 of
// #8382 arrives with PR #8448's forwarding impls). TypeScript has no impls to select: a Borrow<U>
// is a U, so forwarding is structural and nothing can conflict (findings/overlap-first-match). What TypeScript
// lacks is the blanket itself: a class cannot give every view the host methods, so the store type
// extends ViewHosts where the Rust store type only implements the two views.
import { linkBoth, type Linked } from "accessor-kit";
import { http, sockets, ViewHosts } from "../../designs/field-ref.ts";

class Embedder extends ViewHosts {
  readonly startedAt = Date.now();
}

export function link(): Linked<Embedder> {
  const data = new Embedder();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
