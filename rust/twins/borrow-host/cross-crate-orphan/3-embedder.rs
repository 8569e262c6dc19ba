// expect: error E0117
//! A field-ref closure through D1's kept `add_to_linker`, as under field-ref: the store data must be
//! a view, and `impl SocketsView for StoreData` in the embedder is E0117. A named `BorrowHost` type
//! would be the embedder's own, but its `U` is chosen outside the borrow, so it cannot hand out a
//! view of the store data's fields either.

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
