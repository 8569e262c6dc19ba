// scenario: third-party-host
// expect: compiles
// The sockets host comes from another module (third-party-host.lib.ts) that cannot know the
// embedder's store type: the getter passes it the shared table and the library's state, which the
// embedder keeps in its store data beside the kit's.

import { KitData, linkBoth, type Linked, Resolver } from "accessor-kit";
import { http, lendHttpHost, sockets } from "./design.ts";
import { lendResolverHost } from "./third-party-host.lib.ts";

/** The embedder's store data: the kit's, plus the library's resolver state. */
class AppData extends KitData {
  readonly resolver = new Resolver();
}

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendResolverHost(d.table, d.resolver, use));
    http.addToLinker(linker, lendHttpHost);
  });
}
