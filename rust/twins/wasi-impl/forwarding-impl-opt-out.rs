// expect: compiles
//! No forwarding impls, so the blanket hosts stand; `type_annotate(|d: &mut KitData| d)`.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::type_annotate;
bindgen!({ skip_mut_forwarding_impls: true });

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))?;
    http::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))
}
