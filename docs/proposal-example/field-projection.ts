// scenario: field-projection
// expect: compiles
// The libraries' lenders over the store data's `kit` field.
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d, use) => lendSocketsHost(d.kit, use));
    http.addToLinker(linker, (d, use) => lendHttpHost(d.kit, use));
  });
}
