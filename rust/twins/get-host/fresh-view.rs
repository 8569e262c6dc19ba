// expect: compiles
//! `SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets }` from an annotated closure: a Host.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets }))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| HttpCtxView { table: &mut d.table, ctx: &mut d.http }))
}
