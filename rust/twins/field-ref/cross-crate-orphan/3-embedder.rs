// expect: error E0117
//! The getter may only lend `&mut U` out of the store data, so the store data itself must be a
//! view; the libraries' `impl<V: SocketsView> Host for V` then makes it a host. An impl of the
//! library's trait for the store crate's type may live in either of those two crates, never in a
//! third: from the embedder both impls are E0117, the orphan rule.

use library::kit::{HttpCtx, HttpView, LinkError, Linker, ResourceTable, SocketsCtx, SocketsView};
use library::{http, sockets};
use store::StoreData;

impl SocketsView for StoreData {
    fn table(&mut self) -> &mut ResourceTable {
        &mut self.table
    }
    fn sockets(&mut self) -> &mut SocketsCtx {
        &mut self.sockets_ctx
    }
}

impl HttpView for StoreData {
    fn table(&mut self) -> &mut ResourceTable {
        &mut self.table
    }
    fn http(&mut self) -> &mut HttpCtx {
        &mut self.http_ctx
    }
}

pub fn link(linker: &mut Linker<StoreData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
}
