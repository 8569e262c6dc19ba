// finding: get-host-not-dyn-compatible
// expect: compiles
// rust: error E0038 E0191
//
// PR #10770 gave up D3's GetHost because its values "couldn't be type-erased (e.g. put in a trait
// object) as we couldn't figure out the lifetime syntax". In Rust a `dyn GetHost` must name the
// `Output` of its `FnOnce` supertrait (E0191) and is then still not dyn-compatible, its `Copy`
// supertrait requiring `Sized` (E0038) (rust/twins/findings/get-host-not-dyn-compatible.rs). In
// TypeScript a GetHost is a function type, erased like any other: a getter is stored as the
// function type of its interface's GetHost and passed on later.

import { KitData, Linker, type SocketsCtxView } from "accessor-kit";
import { type GetHost, sockets } from "../../designs/get-host.ts";

const erased: GetHost<KitData, SocketsCtxView>[] = [(d) => d.socketsView()];

const linker = new Linker<KitData>();
for (const getter of erased) sockets.addToLinkerGetHost(linker, getter);
