// scenario: field-projection
// expect: compiles
// rust: compiles
// Each getter returns the one field holding the host state, `d => d.kit`; a host is a
// BorrowMut of itself, so U is ViewHosts. No brand or helper is needed: returning a field is
// returning any value. The Rust twin passes `|s| &mut s.kit` to the `add_to_linker` the proposal
// keeps for field-ref closures (its blanket `impl BorrowHost for F: Fn(&mut T) -> &mut U`), which
// compiles as in D1; the same closure given to `add_to_linker_borrow_host` would not (see
// no-annotations).
import { linkBoth, type Linked } from "accessor-kit";
import { http, sockets, ViewHosts } from "../../designs/borrow-returning.ts";

class App {
  readonly kit = new ViewHosts();
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit);
    http.addToLinker(linker, (d) => d.kit);
  });
}
