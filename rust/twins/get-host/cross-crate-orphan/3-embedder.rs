// expect: compiles
//! No impl at all: the getter builds the library's own view struct from the store data's public
//! fields, and the library made that struct a host. The orphan rule never comes up.

use library::kit::{HttpCtxView, LinkError, Linker, SocketsCtxView};
use library::{http, http_getter, sockets, sockets_getter};
use store::StoreData;

pub fn link(linker: &mut Linker<StoreData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut StoreData| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets_ctx }))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut StoreData| HttpCtxView { table: &mut d.table, ctx: &mut d.http_ctx }))
}
