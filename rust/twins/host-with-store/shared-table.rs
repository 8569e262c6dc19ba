// expect: compiles
//! `add_to_linker::<_, WasiSockets>(linker, |d| d.sockets_view())` and the http twin.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.http_view())
}
