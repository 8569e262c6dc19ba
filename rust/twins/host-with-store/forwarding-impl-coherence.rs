// expect: error E0119 E0277
//! `impl<T: SocketsView> Host for T` overlaps `impl Host for &mut _T` (E0119), and `HasSelf<KitData>`
//! has no `http::HostWithStore` (E0277).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::HasSelf;
bindgen!({});

// The libraries keep a blanket host over every view, as wasmtime-wasi <= 21 did.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, HasSelf<_>>(linker, |d| d)?;
    http::add_to_linker::<_, HasSelf<_>>(linker, |d| d)
}
