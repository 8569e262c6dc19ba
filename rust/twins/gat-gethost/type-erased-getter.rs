// expect: error E0277
//! Boxed `dyn Fn` getters: a `Box<dyn Fn>` implements no GetHost either (E0277).

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
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
    sockets::add_to_linker(linker, getters.sockets)?;
    http::add_to_linker(linker, getters.http)
}
