// scenario: send-host
// expect: compiles
// The libraries' lenders over the store data's `kit` field, with `async: true`, over store data that
// also holds a log shared through an `Rc`. TypeScript has no `Send`: the bindings take the option and
// ignore it, and the concurrent guest's two `await-status` calls run through the lent hosts.
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, lendHttpHost, lendSocketsHost, libraries } from "./design.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.kit, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.kit, use));
  });
}
