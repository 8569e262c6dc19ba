// expect: error nocode
//! rust-lang/rust#58052 with GetHost (D3): a closure gets a higher-ranked signature only from an
//! `Fn` bound on the parameter it is passed to. Passed straight to `impl for<'a> GetHost<&'a mut T>`
//! it is "not general enough"; kept in a `let` first, it has a signature for one lifetime, and is
//! "not general enough" even for the plain `Fn` bound of `type_annotate`. The fix is
//! `type_annotate` at the closure; annotating the parameter alone fixes nothing in Rust ("lifetime
//! may not live long enough"), unlike TypeScript. These errors have no code. The bindings are
//! wasmtime-wasi 21's own (`skip_mut_forwarding_impls`, the blanket hosts over every view), so the
//! store data is a host and only the closures' signatures are in question. Each attempt is a
//! function of its own, so no error hides another.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::type_annotate;
bindgen!({ skip_mut_forwarding_impls: true });
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn passed_to_get_host(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |data| data)
}

pub fn written_first(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get_sockets = |data| data;
    sockets::add_to_linker_get_host(linker, type_annotate(get_sockets))
}

pub fn fixed_by_type_annotate(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|data: &mut KitData| data))
}

pub fn annotated_parameter(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |data: &mut KitData| data)
}
