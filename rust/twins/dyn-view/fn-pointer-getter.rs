// expect: compiles
//! `fn` pointers to `&mut dyn View`: Copy, higher-ranked, Hosts through the `?Sized` forwarding impl.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: fn(&mut KitData) -> &mut dyn SocketsView,
    pub http: fn(&mut KitData) -> &mut dyn HttpView,
}

pub fn getters() -> Getters {
    Getters { sockets: |d| d, http: |d| d }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
