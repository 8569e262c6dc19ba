// expect: compiles
//! `fn(&mut KitData) -> SocketsCtxView<'_>` pointers: the getter type D8 keeps from D7.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: fn(&mut KitData) -> SocketsCtxView<'_>,
    pub http: fn(&mut KitData) -> HttpCtxView<'_>,
}

pub fn getters() -> Getters {
    Getters { sockets: |d| d.sockets_view(), http: |d| d.http_view() }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, getters.sockets)?;
    http::add_to_linker::<_, WasiHttp>(linker, getters.http)
}
