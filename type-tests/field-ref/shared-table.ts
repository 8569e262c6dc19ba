// scenario: shared-table
// expect: compiles
// rust: compiles
// Two hosts, each with its own ctx, over one table: D1's answer is to make the store data every
// view, so that it is the host of both interfaces, and to lend the whole of it (`d => d`, Rust's
// `|s| s`). The stream sockets mints is then in the table http reads. This is the only way D1
// composes hosts, in both languages: a host for one library cannot be a separate component that
// borrows the table from its sibling field (wasmtime #8382). TypeScript would let a host kept in
// a field hold the table by reference, but the design's hosts are the data itself (ViewHosts).
import { linkBoth, type Linked } from "accessor-kit";
import { http, sockets, ViewHosts } from "../../designs/field-ref.ts";

export function link(): Linked<ViewHosts> {
  const data = new ViewHosts();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
