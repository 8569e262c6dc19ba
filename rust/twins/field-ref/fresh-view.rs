// expect: error E0308
//! Each getter builds a view of two fields (the shared table and its own ctx) and returns it. D1
//! wants `&mut U`, so a view by value is a mismatched type (E0308), the #8382 limit; rustc's help
//! (borrow it) leads on to returning a reference to a temporary (E0515).

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets })?;
    http::add_to_linker(linker, |s| HttpCtxView { table: &mut s.table, ctx: &mut s.http })
}
