// scenario: type-erased-getter
// Explored (no expect line yet): both getters are kept in one list with the addToLinker they
// belong to, and linked in a loop later. Each entry pairs one interface's addToLinker with its
// lender, but the loop sees a union of both pairs.

import { KitData, linkBoth, type Linked } from "accessor-kit";
import { http, lendHttpHost, lendSocketsHost, sockets } from "./design.ts";

const links = [
  { bindings: sockets, lend: lendSocketsHost },
  { bindings: http, lend: lendHttpHost },
];

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    for (const { bindings, lend } of links) bindings.addToLinker(linker, lend);
  });
}
