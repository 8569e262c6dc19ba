// expect: error E0277
//! `fn` pointers: a `fn(&mut KitData) -> _` implements no GetHost (E0277).

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
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
    sockets::add_to_linker(linker, getters.sockets)?;
    http::add_to_linker(linker, getters.http)
}
