// The coherence corpus: pairs of impls of one trait, each in a crate of its own, with what rustc
// does with that crate. Each pair is the one source of both sides: its Rust twin,
// rust/coherence/<id>.rs, is generated from it (twins.ts), and the TypeScript model reads the same
// text (ModelOutcome). runtime-tests/coherence.test.ts compiles every twin and fails on a pair where
// rustc, this file and the model do not all agree; corpus.test-d.ts checks the model against this
// file without rustc.

import { kitCrate } from "./kit-crate.ts";
import type { OverlapCheck, RustcOutcome } from "./overlap.ts";
import type { Crate, ParseCrate } from "./syntax.ts";

/** The crates the pairs live in, as Rust items, one a line. */
export const crates = {
  /** The kit's own crate: the pairs its designs and cells rely on. */
  kit: kitCrate,
  /** A crate of wasmtime-like traits and types, for the general cases. */
  example: `use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}`,
} as const;

/**
 * What rustc does with a crate holding both impls: it compiles, or E0119 names the type both impls
 * cover (or none, when that type is an inference variable).
 */
export type RustcVerdict = "compiles" | "E0119" | `E0119 for type \`${string}\``;

export interface CoherencePair {
  /** Names the pair; its twin is rust/coherence/<id>.rs. */
  readonly id: string;
  /** What the pair shows, in a sentence. */
  readonly shows: string;
  readonly crate: keyof typeof crates;
  /** Items this pair adds to its crate, one a line. */
  readonly items?: string;
  readonly first: string;
  readonly second: string;
  /** What rustc 1.95 does with the twin (established by compiling it). */
  readonly rustc: RustcVerdict;
  /** For a pair that compiles: why the model finds the impls disjoint (its Disjoint's `because`). */
  readonly because?: string;
}

/** bindgen!'s forwarding impl for a Host trait. */
const forwarding = "impl<_T: Host + ?Sized> Host for &mut _T";
const forwardingSockets = "impl<_T: IpNameLookupHost + ?Sized> IpNameLookupHost for &mut _T";
const forwardingHttp = "impl<_T: OutgoingHandlerHost + ?Sized> OutgoingHandlerHost for &mut _T";
const noType = "no type matches both headers";

export const corpus = [
  // The kit's designs and cells.
  {
    id: "get-host-sockets-blanket-view",
    shows: "get-host's forwarding-impl-coherence cell: the forwarding impl beside a library's blanket host over every view (#8382)",
    crate: "kit",
    first: forwardingSockets,
    second: "impl<T: SocketsView> IpNameLookupHost for T",
    rustc: "E0119 for type `&mut _`",
  },
  {
    id: "get-host-http-blanket-view",
    shows: "the same for the http interface: downstream crates may implement HttpView for `&mut _`",
    crate: "kit",
    first: forwardingHttp,
    second: "impl<T: HttpView> OutgoingHandlerHost for T",
    rustc: "E0119 for type `&mut _`",
  },
  {
    id: "wasi-impl-wrapper",
    shows: "wasi-impl's cell: the blanket host moved onto a local wrapper (PR #8766) leaves the forwarding impl in place",
    crate: "kit",
    first: forwardingHttp,
    second: "impl<T: HttpView> OutgoingHandlerHost for WasiHttpImpl<T>",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "dyn-view-host",
    shows: "dyn-view's host, written for the view object (PR #8609): a `dyn` type is no reference",
    crate: "kit",
    first: forwardingSockets,
    second: "impl IpNameLookupHost for dyn SocketsView + '_",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "gat-like-view-host",
    shows: "gat-like's http host on a borrowed view type of the library's own",
    crate: "kit",
    first: forwardingHttp,
    second: "impl OutgoingHandlerHost for HttpCtxView<'_>",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "audited-http-wrapper",
    shows: "a third party's host on its own generic wrapper over any view",
    crate: "kit",
    first: forwardingHttp,
    second: "impl<V: HttpView> OutgoingHandlerHost for AuditedHttp<V>",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "embedder-host-on-store-data",
    shows: "an embedder's own host on its store data beside the forwarding impl",
    crate: "kit",
    first: forwardingSockets,
    second: "impl IpNameLookupHost for KitData",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "embedder-host-vs-blanket-view",
    shows: "an embedder's own host on store data that is a view, beside the library's blanket host",
    crate: "kit",
    first: "impl<T: SocketsView> IpNameLookupHost for T",
    second: "impl IpNameLookupHost for KitData",
    rustc: "E0119 for type `KitData`",
  },
  {
    id: "blanket-view-vs-mut-store-data",
    shows: "the view's own forwarding impl for `&mut V` makes `&mut KitData` a view too",
    crate: "kit",
    first: "impl<T: SocketsView> IpNameLookupHost for T",
    second: "impl IpNameLookupHost for &mut KitData",
    rustc: "E0119 for type `&mut KitData`",
  },
  {
    id: "has-self-vs-marker",
    shows: "gat-like's HasData impls: the HasSelf marker and a library's own marker type",
    crate: "kit",
    first: "impl<T: ?Sized> HasData for HasSelf<T>",
    second: "impl HasData for WasiSockets",
    rustc: "compiles",
    because: noType,
  },

  // The forwarding impl `impl<_T: Host + ?Sized> Host for &mut _T` against other impls.
  {
    id: "forwarding-vs-wrapper",
    shows: "a WasiImpl-style newtype is never `&mut _`",
    crate: "example",
    first: forwarding,
    second: "impl<T: View> Host for WasiImpl<T>",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "forwarding-vs-concrete-host",
    shows: "a host on a concrete local type",
    crate: "example",
    first: forwarding,
    second: "impl Host for MyHost",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "forwarding-vs-dyn-view",
    shows: "a host on a `dyn View` type: the object itself, not a reference to it",
    crate: "example",
    first: forwarding,
    second: "impl Host for dyn View + '_",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "forwarding-vs-mut-dyn-view",
    shows: "a host on `&mut dyn View`: the forwarding impl would need `dyn View: Host`, and View is no Host",
    crate: "example",
    first: forwarding,
    second: "impl Host for &mut (dyn View + '_)",
    rustc: "compiles",
    because: "`dyn View: Host` cannot hold",
  },
  {
    id: "forwarding-vs-mut-dyn-subtrait",
    shows: "a `dyn` type of a trait whose supertrait is Host is a Host",
    crate: "example",
    first: forwarding,
    second: "impl Host for &mut (dyn SubView + '_)",
    rustc: "E0119 for type `&mut dyn SubView`",
  },
  {
    id: "forwarding-vs-mut-dyn-deep-subtrait",
    shows: "supertraits are followed transitively: Deep's supertrait SubView has the supertrait Host",
    crate: "example",
    items: "trait Deep: SubView {}",
    first: forwarding,
    second: "impl Host for &mut dyn Deep",
    rustc: "E0119 for type `&mut dyn Deep`",
  },
  {
    id: "sized-forwarding-vs-mut-dyn-subtrait",
    shows: "without `?Sized` the forwarding impl needs `_T: Sized`, which no `dyn` type is",
    crate: "example",
    first: "impl<_T: Host> Host for &mut _T",
    second: "impl Host for &mut (dyn SubView + '_)",
    rustc: "compiles",
    because: "`dyn SubView: Sized` cannot hold",
  },
  {
    id: "forwarding-vs-mut-non-host",
    shows: "a host on `&mut MyHost` where MyHost itself is no Host: local trait, local type, known",
    crate: "example",
    first: forwarding,
    second: "impl Host for &mut MyHost",
    rustc: "compiles",
    because: "`MyHost: Host` cannot hold",
  },
  {
    id: "forwarding-vs-mut-host",
    shows: "the same once MyHost is a Host",
    crate: "example",
    items: "impl Host for MyHost {}",
    first: forwarding,
    second: "impl Host for &mut MyHost",
    rustc: "E0119 for type `&mut MyHost`",
  },
  {
    id: "box-forwarding-vs-mut-forwarding",
    shows: "forwarding through Box and through `&mut`: different fundamental types",
    crate: "example",
    first: "impl<T: Host + ?Sized> Host for Box<T>",
    second: forwarding,
    rustc: "compiles",
    because: noType,
  },
  {
    id: "shared-vs-mut-forwarding",
    shows: "forwarding through `&T` and through `&mut T`",
    crate: "example",
    first: "impl<T: Host + ?Sized> Host for &T",
    second: forwarding,
    rustc: "compiles",
    because: noType,
  },
  {
    id: "box-forwarding-vs-box-dyn-view",
    shows: "Box forwarding beside a host on `Box<dyn View>`",
    crate: "example",
    first: "impl<T: Host + ?Sized> Host for Box<T>",
    second: "impl Host for Box<dyn View>",
    rustc: "compiles",
    because: "`(dyn View + 'static): Host` cannot hold",
  },
  {
    id: "box-forwarding-vs-box-dyn-subtrait",
    shows: "Box forwarding beside a host on `Box<dyn SubView>`, which the forwarding covers",
    crate: "example",
    first: "impl<T: Host + ?Sized> Host for Box<T>",
    second: "impl Host for Box<dyn SubView>",
    rustc: "E0119 for type `Box<(dyn SubView + 'static)>`",
  },
  {
    id: "box-view-blanket-vs-box-dyn-view",
    shows: "`dyn View` is a View: the object candidate",
    crate: "example",
    first: "impl<T: ?Sized + View> Host for Box<T>",
    second: "impl Host for Box<dyn View>",
    rustc: "E0119 for type `Box<(dyn View + 'static)>`",
  },
  {
    id: "sized-box-vs-box-dyn-view",
    shows: "an impl for every `Box<T>` with an implicit `T: Sized` leaves `Box<dyn View>` out",
    crate: "example",
    first: "impl<T> Host for Box<T>",
    second: "impl Host for Box<dyn View>",
    rustc: "compiles",
    because: "`(dyn View + 'static): Sized` cannot hold",
  },

  // A blanket impl over a local trait against other impls.
  {
    id: "blanket-view-vs-non-view",
    shows: "a blanket host over every view beside a concrete type that is no view",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for MyHost",
    rustc: "compiles",
    because: "`MyHost: View` cannot hold",
  },
  {
    id: "blanket-view-where-clause",
    shows: "the same with the bound in a where-clause",
    crate: "example",
    first: "impl<T> Host for T where T: View",
    second: "impl Host for MyHost",
    rustc: "compiles",
    because: "`MyHost: View` cannot hold",
  },
  {
    id: "blanket-view-vs-wrapper",
    shows: "the WasiImpl design: no crate but this one may implement View for `WasiImpl<_>`",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T> Host for WasiImpl<T>",
    rustc: "compiles",
    because: "`WasiImpl<_>: View` cannot hold",
  },
  {
    id: "blanket-view-vs-view",
    shows: "a blanket host over every view beside a concrete type that is a view",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for KitData",
    rustc: "E0119 for type `KitData`",
  },
  {
    id: "blanket-other-via-blanket-vs-non-view",
    shows: "a goal proved through another blanket impl: `MyHost: Other` needs `MyHost: View`",
    crate: "example",
    items: "impl<T: View> Other for T {}",
    first: "impl<T: Other> Host for T",
    second: "impl Host for MyHost",
    rustc: "compiles",
    because: "`MyHost: Other` cannot hold",
  },
  {
    id: "blanket-other-via-blanket-vs-view",
    shows: "and holds for a view",
    crate: "example",
    items: "impl<T: View> Other for T {}",
    first: "impl<T: Other> Host for T",
    second: "impl Host for KitData",
    rustc: "E0119 for type `KitData`",
  },
  {
    id: "two-blankets-local-traits",
    shows: "blankets over two local traits: a downstream type may implement both",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T: Other> Host for T",
    rustc: "E0119",
  },
  {
    id: "blanket-view-vs-foreign-generic",
    shows: "no crate but this one may implement View for `Vec<_>`: Vec is not fundamental",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T> Host for Vec<T>",
    rustc: "compiles",
    because: "`Vec<_>: View` cannot hold",
  },
  {
    id: "blanket-view-vs-foreign-type",
    shows: "a host on a foreign type that is no view",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for String",
    rustc: "compiles",
    because: "`String: View` cannot hold",
  },
  {
    id: "blanket-view-vs-box",
    shows: "Box is fundamental: a downstream crate may implement View for `Box<ItsType>`",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T: ?Sized> Host for Box<T>",
    rustc: "E0119 for type `Box<_>`",
  },
  {
    id: "blanket-view-vs-pin",
    shows: "Pin is fundamental too",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<P> Host for Pin<P>",
    rustc: "E0119 for type `Pin<_>`",
  },
  {
    id: "blanket-view-vs-ref-box",
    shows: "fundamental types nest: `&Box<ItsType>` is still a downstream type",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T> Host for &Box<T>",
    rustc: "E0119 for type `&Box<_>`",
  },
  {
    id: "blanket-view-vs-box-of-local",
    shows: "`Box<MyHost>` holds no type a downstream crate owns",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for Box<MyHost>",
    rustc: "compiles",
    because: "`Box<MyHost>: View` cannot hold",
  },
  {
    id: "blanket-view-vs-tuple",
    shows: "tuples are not fundamental",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for (MyHost, u32)",
    rustc: "compiles",
    because: "`(MyHost, u32): View` cannot hold",
  },
  {
    id: "blanket-view-vs-slice",
    shows: "a host on every slice: no slice is a view, nor sized",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl<T> Host for [T]",
    rustc: "compiles",
    because: "`[_]: View` cannot hold",
  },
  {
    id: "unsized-blanket-view-vs-dyn-view",
    shows: "a blanket over every view, `?Sized`, covers `dyn View` itself",
    crate: "example",
    first: "impl<T: View + ?Sized> Host for T",
    second: "impl Host for dyn View + '_",
    rustc: "E0119 for type `dyn View`",
  },
  {
    id: "unsized-blanket-view-vs-dyn-view-send",
    shows: "`dyn View + Send` is a View too; rustc prints its auto trait",
    crate: "example",
    first: "impl<T: View + ?Sized> Host for T",
    second: "impl Host for dyn View + Send + '_",
    rustc: "E0119 for type `dyn View + Send`",
  },
  {
    id: "dyn-view-vs-dyn-view-send",
    shows: "an auto trait makes another `dyn` type",
    crate: "example",
    first: "impl Host for dyn View + Send + '_",
    second: "impl Host for dyn View + '_",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "sized-blanket-view-vs-dyn-view",
    shows: "without `?Sized` it does not",
    crate: "example",
    first: "impl<T: View> Host for T",
    second: "impl Host for dyn View + '_",
    rustc: "compiles",
    because: "`dyn View: Sized` cannot hold",
  },

  // Foreign traits: negative reasoning only where no upstream crate may add an impl (RFC 1023).
  {
    id: "display-blanket-vs-foreign-type",
    shows: "upstream crates may add `impl Display for Vec<u8>` in future versions",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl Host for Vec<u8>",
    rustc: "E0119 for type `Vec<u8>`",
  },
  {
    id: "display-blanket-vs-local-tuple",
    shows: "a tuple is foreign even when it holds a local type: upstream may add `impl Display for (MyHost,)`",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl Host for (MyHost,)",
    rustc: "E0119 for type `(MyHost,)`",
  },
  {
    id: "display-blanket-vs-box",
    shows: "a downstream crate may implement Display for `Box<ItsType>`",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl<T> Host for Box<T>",
    rustc: "E0119 for type `Box<_>`",
  },
  {
    id: "display-blanket-vs-local-type",
    shows: "only this crate may implement Display for its own MyHost, and it does not",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl Host for MyHost",
    rustc: "compiles",
    because: "`MyHost: Display` cannot hold",
  },
  {
    id: "display-blanket-vs-displayed-local",
    shows: "the same once it does",
    crate: "example",
    items: `impl Display for MyHost { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("MyHost") } }`,
    first: "impl<T: Display> Host for T",
    second: "impl Host for MyHost",
    rustc: "E0119 for type `MyHost`",
  },
  {
    id: "display-blanket-vs-ref-local",
    shows: "std's `impl Display for &T` needs `MyHost: Display`",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl Host for &MyHost",
    rustc: "compiles",
    because: "`&MyHost: Display` cannot hold",
  },
  {
    id: "display-blanket-vs-ref-displayed-local",
    shows: "and gets it once MyHost is Display",
    crate: "example",
    items: `impl Display for MyHost { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("MyHost") } }`,
    first: "impl<T: Display> Host for T",
    second: "impl Host for &MyHost",
    rustc: "E0119 for type `&MyHost`",
  },
  {
    id: "display-blanket-vs-pinned-ref-local",
    shows: "std's `impl Display for Pin<P>` needs `&MyHost: Display`, which needs `MyHost: Display`",
    crate: "example",
    first: "impl<T: Display> Host for T",
    second: "impl Host for Pin<&MyHost>",
    rustc: "compiles",
    because: "`Pin<&MyHost>: Display` cannot hold",
  },
  {
    id: "clone-blanket-vs-ref",
    shows: "every `&T` is Clone",
    crate: "example",
    first: "impl<T: Clone> Host for T",
    second: "impl Host for &MyHost",
    rustc: "E0119 for type `&MyHost`",
  },
  {
    id: "clone-blanket-vs-ref-dyn",
    shows: "`&T` is Clone for an unsized T as well",
    crate: "example",
    first: "impl<T: Clone> Host for T",
    second: "impl Host for &dyn View",
    rustc: "E0119 for type `&dyn View`",
  },
  {
    id: "clone-blanket-vs-box-dyn-view",
    shows: "`Box<T>` is Clone only for a sized Clone T (std-facts: std's Box impls of Clone)",
    crate: "example",
    first: "impl<T: Clone> Host for T",
    second: "impl Host for Box<dyn View>",
    rustc: "compiles",
    because: "`Box<(dyn View + 'static)>: Clone` cannot hold",
  },
  {
    id: "clone-blanket-vs-mut-ref",
    shows: "no `&mut T` is",
    crate: "example",
    first: "impl<T: Clone> Host for T",
    second: "impl Host for &mut MyHost",
    rustc: "compiles",
    because: "`&mut MyHost: Clone` cannot hold",
  },

  // Generic wrappers, tuples and generic traits.
  {
    id: "wrappers-different-args",
    shows: "one wrapper with two different arguments",
    crate: "example",
    first: "impl Host for WasiImpl<u32>",
    second: "impl Host for WasiImpl<String>",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "wrapper-blanket-vs-non-view",
    shows: "a wrapper over every view beside the wrapper of a type that is no view",
    crate: "example",
    first: "impl<T: View> Host for WasiImpl<T>",
    second: "impl Host for WasiImpl<MyHost>",
    rustc: "compiles",
    because: "`MyHost: View` cannot hold",
  },
  {
    id: "host-wrapper-vs-nested-wrapper",
    shows: "a goal two impls deep: `WasiImpl<MyHost>: Host` needs `MyHost: Host`",
    crate: "example",
    first: "impl<T: Host> Host for WasiImpl<T>",
    second: "impl Host for WasiImpl<WasiImpl<MyHost>>",
    rustc: "compiles",
    because: "`WasiImpl<MyHost>: Host` cannot hold",
  },
  {
    id: "endless-where-clause",
    shows: "a where-clause that recurses forever overflows, and overflow counts as possibly holding",
    crate: "example",
    first: "impl<T> Host for T where WasiImpl<T>: Host",
    second: "impl Host for MyHost",
    rustc: "E0119 for type `MyHost`",
  },
  {
    id: "where-clause-on-foreign-type",
    shows: "a where-clause on another type than a parameter",
    crate: "example",
    first: "impl<T> Host for WasiImpl<T> where Vec<T>: View",
    second: "impl Host for WasiImpl<u8>",
    rustc: "compiles",
    because: "`Vec<u8>: View` cannot hold",
  },
  {
    id: "wrapper-blanket-vs-wrapped-box",
    shows: "the wrapper of every Box: a downstream crate may implement View for `Box<ItsType>`",
    crate: "example",
    first: "impl<T: View> Host for WasiImpl<T>",
    second: "impl<T> Host for WasiImpl<Box<T>>",
    rustc: "E0119 for type `WasiImpl<Box<_>>`",
  },
  {
    id: "wrapper-blanket-vs-wrapped-vec",
    shows: "the wrapper of every Vec: no crate but this one may implement View for `Vec<_>`",
    crate: "example",
    first: "impl<T: View> Host for WasiImpl<T>",
    second: "impl<T> Host for WasiImpl<Vec<T>>",
    rustc: "compiles",
    because: "`Vec<_>: View` cannot hold",
  },
  {
    id: "tuple-blanket-vs-tuple",
    shows: "a pair whose first member is any view beside a pair whose first member is no view",
    crate: "example",
    first: "impl<A: View, B> Host for (A, B)",
    second: "impl Host for (MyHost, u32)",
    rustc: "compiles",
    because: "`MyHost: View` cannot hold",
  },
  {
    id: "tuple-repeated-param",
    shows: "a type parameter used twice unifies with the same type twice",
    crate: "example",
    first: "impl<T> Host for (T, WasiImpl<T>)",
    second: "impl Host for (u8, WasiImpl<u8>)",
    rustc: "E0119 for type `(u8, WasiImpl<u8>)`",
  },
  {
    id: "tuple-repeated-param-disjoint",
    shows: "and not with two different types",
    crate: "example",
    first: "impl<T> Host for (T, T)",
    second: "impl Host for (u8, u16)",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "generic-trait-different-args",
    shows: "one generic trait with two different arguments",
    crate: "example",
    first: "impl Convert<u8> for MyHost",
    second: "impl Convert<u16> for MyHost",
    rustc: "compiles",
    because: noType,
  },
  {
    id: "generic-trait-any-arg",
    shows: "a downstream crate may implement View for the trait argument",
    crate: "example",
    first: "impl<T> Convert<T> for MyHost",
    second: "impl<T: View> Convert<T> for MyHost",
    rustc: "E0119 for type `MyHost`",
  },
  {
    id: "generic-trait-foreign-self",
    shows: "a local generic trait on a foreign type, for any argument and for a local one",
    crate: "example",
    first: "impl<T> Convert<T> for String",
    second: "impl Convert<MyHost> for String",
    rustc: "E0119 for type `String`",
  },
  {
    id: "generic-trait-arg-bound",
    shows: "a bound on the trait argument that the other impl's argument does not meet",
    crate: "example",
    first: "impl<T: View> Convert<T> for MyHost",
    second: "impl Convert<MyHost> for MyHost",
    rustc: "compiles",
    because: "`MyHost: View` cannot hold",
  },
  {
    id: "occurs-check",
    shows: "headers that unify only with an infinite type (`T = WasiImpl<WasiImpl<...>>`)",
    crate: "example",
    first: "impl<T> Convert<T> for WasiImpl<T>",
    second: "impl<T> Convert<WasiImpl<T>> for T",
    rustc: "compiles",
    because: noType,
  },
] as const satisfies readonly CoherencePair[];

export type Corpus = typeof corpus;

/** The crate a pair lives in, with the items it adds. */
export type PairCrate<P extends CoherencePair> = ParseCrate<
  P extends { readonly items: infer Items extends string } ? `${(typeof crates)[P["crate"]]}\n${Items}` : (typeof crates)[P["crate"]]
>;

/** The model's check of a pair (of each, for a union): Overlap, Disjoint, or what the model cannot read. */
export type ModelCheck<P extends CoherencePair> = P extends CoherencePair
  ? PairCrate<P> extends infer C extends Crate
    ? OverlapCheck<C, P["first"], P["second"]>
    : PairCrate<P>
  : never;

/** What the model says rustc does with the pair's twin, in the corpus's words. */
export type ModelOutcome<P extends CoherencePair> = RustcOutcome<ModelCheck<P>>;
