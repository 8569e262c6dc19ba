//! The store crate: the store data of a runtime shared by several embedders, its state in public
//! fields of the library's types. It implements none of the library's views.

use library::kit::{HttpCtx, ResourceTable, SocketsCtx};

#[derive(Default)]
pub struct StoreData {
    pub table: ResourceTable,
    pub sockets_ctx: SocketsCtx,
    pub http_ctx: HttpCtx,
}
