// expect: compiles
//! `fn(&mut KitData) -> SocketsCtxView<'_>` pointers: higher-ranked, Copy, a GetHost.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
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
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
