// expect: error nocode
//! bindgen! here knows no `skip_mut_forwarding_impls`: "no rules expected" it.

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({ skip_mut_forwarding_impls: true });

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, |d| d)?;
    http::add_to_linker::<_, KitData, _>(linker, |d| d)
}
