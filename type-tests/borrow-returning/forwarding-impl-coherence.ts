// scenario: forwarding-impl-coherence
// expect: compiles
// rust: compiles
// The libraries keep their blanket host over every view (ViewHosts, D1's `impl<T: WasiView> Host
// for T`), and the store data, an Embedder extending it, reaches it both ways BorrowMut allows:
// sockets gets the host itself (std's `impl<T> BorrowMut<T> for T`), http a lender that forwards
// to it (std's `impl BorrowMut<T> for &mut T`; the Rust twin's `|data| data`). BorrowMut is not
// Host, so neither forwarding impl can overlap the blanket host and the twin compiles; the
// proposal's own overlap is elsewhere (a second blanket BorrowHost impl beside the one for
// `Fn(&mut T) -> &mut U` is E0119). TypeScript spells BorrowMut<U> as the union `U | AsMut<U>` and
// picks the branch at run time by the `asMut` symbol: nothing to overlap (findings/overlap-first-match).
import { linkBoth, type Linked } from "accessor-kit";
import { asMut, http, sockets, ViewHosts } from "../../designs/borrow-returning.ts";

class Embedder extends ViewHosts {
  readonly startedAt = Date.now();
}

export function link(): Linked<Embedder> {
  const data = new Embedder();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => ({ [asMut]: () => d }));
  });
}
