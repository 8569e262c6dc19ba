// scenario: send-host
// expect: error TS2345 at 18 "'(d: any) => any' is not assignable to parameter of type"
// expect: error TS7006 at 18 "Parameter 'd' implicitly has an 'any' type."
// expect: error TS2345 at 19 "'(d: any) => any' is not assignable to parameter of type"
// expect: error TS7006 at 19 "Parameter 'd' implicitly has an 'any' type."
// rust: error E0277
// field-projection's getter, a closure, under async bindings: a closure is no GetHost (TS2345), and
// its parameter stays untyped (TS7006). The refusal says nothing of `Send`; named-getter-type shows
// the form this design takes.
import { linkBoth, type Linked, LocalData } from "accessor-kit";
import { bindgen, libraries } from "../../designs/gat-gethost.ts";

const { sockets, http } = bindgen({ async: true, impls: libraries });

export function link(): Linked<LocalData> {
  const data = new LocalData();
  return linkBoth(data, data.kit.table, (linker) => {
    sockets.addToLinker(linker, (d) => d.kit.socketsView());
    http.addToLinker(linker, (d) => d.kit.httpView());
  });
}
