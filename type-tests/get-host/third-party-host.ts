// scenario: third-party-host
// expect: compiles
// rust: compiles
// The sockets host comes from another module (third-party-host.lib.ts), which cannot know the store
// type. The embedder's store data holds the library's state, and its getter lends the library the
// shared table.
// Rust: the library cannot write `impl Host for AppData` (orphan rule), and the embedder cannot
// implement the library's View traits for a type from a third crate. A getter that builds the
// library's host, `type_annotate(|d| resolver_host(&mut d.table, &mut d.resolver))`, needs neither,
// so D3 links it.
// TypeScript has no orphan rule: structural types let any module use any store type.

import { AppData, HttpViewHost, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";
import { resolverHost } from "./third-party-host.lib.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => resolverHost(d.table, d.resolver));
    http.addToLinker(linker, (d) => new HttpViewHost(d));
  });
}
