// scenario: field-projection
// rust: compiles
// (prose)
import { AppData, linkBoth, type Linked } from "accessor-kit";
import { http, sockets } from "../../designs/get-host.ts";

export function link(): Linked<AppData> {
  const data = new AppData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d.kit.socketsView());
    http.addToLinkerGetHost(linker, (d) => d.kit.httpView());
  });
}
