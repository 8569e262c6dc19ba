// scenario: no-annotations
// expect: compiles
// Arrows written in the call, unannotated: the generic signature types `d` and `use`.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d, use));
  });
}
