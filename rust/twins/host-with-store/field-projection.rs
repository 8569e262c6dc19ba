// expect: compiles
//! `add_to_linker::<_, WasiSockets>(linker, |d| d.kit.sockets_view())`: a non-capturing closure
//! coerced to `fn(&mut AppData) -> SocketsCtxView<'_>`; `WasiHttp: http::HostWithStore` from the library.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.kit.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.kit.http_view())
}
