// expect: error E0515
//! `&mut SocketsCtxView { .. }` as `&mut dyn SocketsView`: a reference to a temporary (E0515).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| &mut SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets }))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| &mut HttpCtxView { table: &mut d.table, ctx: &mut d.http }))
}
