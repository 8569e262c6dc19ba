// expect: error E0117 nocode
//! `|d| d` needs the store data to be a view (both impls E0117 in the embedder) and, as everywhere
//! under this design, one `B` for every borrow of it (no code). An owned host is this design's
//! way round the borrow, but the table lives in the store crate's data.

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
    sockets::add_to_linker::<_, StoreData, _>(linker, |d| d)?;
    http::add_to_linker::<_, StoreData, _>(linker, |d| d)
}
