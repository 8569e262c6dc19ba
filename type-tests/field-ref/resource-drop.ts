// scenario: resource-drop
// expect: compiles
// rust: compiles
// `d => d`: the guest's drops reach the store data's hosts (`dropResolveAddressStream`,
// `dropFutureIncomingResponse`), which take the resources out of its table.
import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/field-ref.ts";

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinker(linker, (d) => d);
    http.addToLinker(linker, (d) => d);
  });
}
