// expect: error E0308
//! The closure returns a `SocketsCtxView` by value where `&mut U` is expected: E0308.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })?;
    http::add_to_linker(linker, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
