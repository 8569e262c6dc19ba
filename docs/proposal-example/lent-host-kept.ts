// scenario: lent-host-kept
// expect: compiles
// The sockets lender keeps the host it lends: TypeScript lets it, and keptHost() hands it out after
// the call. Rust's callback gets a borrow that cannot escape the closure.
import { type IpNameLookupHost, KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

let kept: IpNameLookupHost | undefined;

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, (host) => use((kept = host))));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}

/** The host kept, for use after the call it was lent for. */
export function keptHost(): IpNameLookupHost | undefined {
  return kept;
}
