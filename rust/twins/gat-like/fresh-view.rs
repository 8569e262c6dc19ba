// expect: compiles
//! Each getter builds the view of two fields on every call. The marker's GAT, `type Data<'a> =
//! SocketsCtxView<'a>`, ties the view to the borrow of the store data, so the closure coerces to
//! `fn(&mut T) -> D::Data<'_>`.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets, WasiHttp, WasiSockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |s| SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets })?;
    http::add_to_linker::<_, WasiHttp>(linker, |s| HttpCtxView { table: &mut s.table, ctx: &mut s.http })
}
