// expect: compiles
//! `WasiImpl(SocketsCtxView { .. })`: the library's wrapper around its own view struct, built from
//! the store data's public fields, so no impl is needed. `WasiImpl(d)`, the store data itself,
//! would need `impl SocketsView for StoreData`: E0117 here.

use library::kit::{HttpCtxView, LinkError, Linker, SocketsCtxView};
use library::{http, http_view_getter, sockets, sockets_view_getter, WasiHttpImpl, WasiImpl};
use store::StoreData;

pub fn link(linker: &mut Linker<StoreData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_view_getter(|d: &mut StoreData| WasiImpl(SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets_ctx })))?;
    http::add_to_linker_get_host(linker, http_view_getter(|d: &mut StoreData| WasiHttpImpl(HttpCtxView { table: &mut d.table, ctx: &mut d.http_ctx })))
}
