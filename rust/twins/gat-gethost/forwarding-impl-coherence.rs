// expect: error E0119 E0277
//! The blanket hosts overlap the forwarding impls (E0119), and the closures are no GetHost (E0277).

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut KitData| d)?;
    http::add_to_linker(linker, |d: &mut KitData| d)
}
