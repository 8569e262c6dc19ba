// expect: error nocode
//! B = `SocketsCtxView<'a>` borrows the store data: it cannot be one type for every `'a` (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, SocketsCtxView<'_>, _>(linker, |d| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })?;
    http::add_to_linker::<_, HttpCtxView<'_>, _>(linker, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
