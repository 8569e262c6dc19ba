// expect: compiles
//! `WasiImpl(SocketsCtxView { .. })` by value, from a closure annotated for that return type.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http_view_getter, sockets_view_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_view_getter(|d: &mut KitData| WasiImpl(SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })))?;
    http::add_to_linker_get_host(linker, http_view_getter(|d: &mut KitData| WasiHttpImpl(HttpCtxView { table: &mut d.table, ctx: &mut d.http })))
}
