// expect: error E0277
//! `Box<dyn Fn(&mut KitData) -> &mut dyn SocketsView>` is not Copy (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: Box<dyn (Fn(&mut KitData) -> &mut dyn SocketsView) + Send + Sync>,
    pub http: Box<dyn (Fn(&mut KitData) -> &mut dyn HttpView) + Send + Sync>,
}

pub fn getters() -> Getters {
    Getters { sockets: Box::new(|d| d), http: Box::new(|d| d) }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
