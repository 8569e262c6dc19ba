// expect: error E0117
//! The getter must lend `&mut dyn SocketsView` out of the store data (a view struct built on the
//! call is a temporary: E0515 in fresh-view), so the store data must be a view: both impls are
//! E0117 in the embedder.

use library::kit::{HttpCtx, HttpView, LinkError, Linker, ResourceTable, SocketsCtx, SocketsView};
use library::{http, http_getter, sockets, sockets_getter};
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
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut StoreData| d))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut StoreData| d))
}
