// scenario: forwarding-impl-coherence
// expect: error TS2322 at 11 "ConflictingImplementations<"impl<_T: "
// rust: error E0119
// The libraries keep a blanket host over every view beside the bindings as generated: bindgen!'s
// `impl<_T: Host + ?Sized> Host for &mut _T` covers `&mut V`, which is a view too, so the impls
// overlap: lann's E0119 in #8382. The bindings' coherence check turns the overlap into
// ConflictingImplementations naming both impls.
import { hostsOverEveryView, KitData, linkBoth, type Linked } from "accessor-kit";
import { bindgen } from "../../designs/get-host.ts";

const { sockets, http } = bindgen({ impls: hostsOverEveryView });

export function link(): Linked<KitData> {
  const data = new KitData();
  return linkBoth(data, data.table, (linker) => {
    sockets.addToLinkerGetHost(linker, (d) => d);
    http.addToLinkerGetHost(linker, (d) => d);
  });
}
