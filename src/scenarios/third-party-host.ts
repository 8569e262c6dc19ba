import { HttpCtx } from "../interfaces/http-ctx.ts";
import { SocketsCtx } from "../interfaces/sockets-ctx.ts";
import { ResourceTable } from "../runtime/resource-table.ts";
import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

/** A third-party host library's own state, its name table; the library's host over it is the cell's `.lib.ts`. */
export class Resolver {
  readonly names = new SocketsCtx({ localhost: ["127.0.0.1"], "db.internal": ["10.0.0.5"] });
}

/** The embedder's store data: the shared table, the third-party library's state and the http ctx. */
export class AppData {
  readonly table = new ResourceTable();
  readonly resolver = new Resolver();
  readonly http = new HttpCtx();
}

export const thirdPartyHost: Scenario = {
  id: "third-party-host",
  intent: "link a host written in another module for a store type that module does not own",
  origin: "wasmtime #11693 / #11695: make the WasiHttp HasData marker public",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
