// expect: compiles
//! The named getter type is the embedder's own struct, so `impl sockets::GetHost for StoreGetter`
//! implements a foreign trait for a local type, which the orphan rule allows; its `Host<'a>` is
//! the library's view struct borrowed from the store data's public fields.

use library::kit::{HttpCtxView, LinkError, Linker, SocketsCtxView};
use library::{http, sockets};
use store::StoreData;

#[derive(Clone, Copy)]
pub struct StoreGetter;

impl sockets::GetHost for StoreGetter {
    type T = StoreData;
    type Host<'a> = SocketsCtxView<'a>;
    fn get_host<'a>(&self, d: &'a mut StoreData) -> SocketsCtxView<'a> {
        SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets_ctx }
    }
}

impl http::GetHost for StoreGetter {
    type T = StoreData;
    type Host<'a> = HttpCtxView<'a>;
    fn get_host<'a>(&self, d: &'a mut StoreData) -> HttpCtxView<'a> {
        HttpCtxView { table: &mut d.table, ctx: &mut d.http_ctx }
    }
}

pub fn link(linker: &mut Linker<StoreData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, StoreGetter)?;
    http::add_to_linker(linker, StoreGetter)
}
