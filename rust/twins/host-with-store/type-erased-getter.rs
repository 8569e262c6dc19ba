// expect: error E0308
//! `Box<dyn Fn(&mut KitData) -> SocketsCtxView<'_>>` where `fn(&mut KitData) -> ..` is expected (E0308).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: Box<dyn (Fn(&mut KitData) -> SocketsCtxView<'_>) + Send + Sync>,
    pub http: Box<dyn (Fn(&mut KitData) -> HttpCtxView<'_>) + Send + Sync>,
}

pub fn getters() -> Getters {
    Getters { sockets: Box::new(|d| d.sockets_view()), http: Box::new(|d| d.http_view()) }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, getters.sockets)?;
    http::add_to_linker::<_, WasiHttp>(linker, getters.http)
}
