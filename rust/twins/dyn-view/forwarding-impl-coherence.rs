// expect: error E0119
//! `impl<T: SocketsView> Host for T` overlaps the forwarding impl on `&mut _` (E0119).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::type_annotate;
bindgen!({});

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))?;
    http::add_to_linker_get_host(linker, type_annotate(|d: &mut KitData| d))
}
