// scenario: no-annotations
// expect: compiles
// rust: compiles
// No type arguments and no parameter annotations: `addToLinker(linker, (d) => field(d, "kit"))`.
// T is inferred from the linker, and the getter's parameter is typed from the getter's own
// function type. Rust agrees: D1's bound is an `Fn(&mut T) -> &mut U` bound, from which the closure
// gets its higher-ranked signature (`|s| &mut s.kit`). The annotations D3 and D7 later required
// (type_annotate, rust-lang/rust#58052; `add_to_linker::<_, HasSelf<_>>`, spin#3172) have no
// counterpart here in either language.
import { linkBoth, type Linked, type Linker } from "accessor-kit";
import { expectTypeOf } from "expect-type";
import { field, http, sockets, ViewHosts } from "../../designs/field-ref.ts";

class App {
  readonly kit = new ViewHosts();
  readonly guests: string[] = [];
}

export function link(): Linked<App> {
  const data = new App();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => field(d, "kit"));
    http.addToLinker(linker, (d) => field(d, "kit"));
    expectTypeOf(linker).toEqualTypeOf<Linker<App>>();
  });
}
