// scenario: no-annotations
// expect: compiles
// rust: error E0282
// A closure straight to `addToLinkerGetHost` with no annotation. TypeScript types its parameter from
// the call. Rust does not: GetHost is a trait, not an `Fn` bound, so the closure's parameter type is
// not deduced, and the method call on it is "type annotations needed" (E0282; a bare `|d| d` would be
// rust-lang/rust#58052's "not general enough", as findings/closure-signature-not-deduced shows);
// hence `type_annotate`.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.httpView());
  });
}
