// expect: error E0271
//! Each getter returns a view of two fields by value, which is what `impl BorrowMut<U>` was asked
//! for: a `U` borrows as itself. But a closure is a BorrowHost only through the blanket impl for
//! `Fn(&mut T) -> &mut U`, whose `U` is fixed outside the borrow of the store data, so the
//! closure's view is not the `&mut _` it must return (E0271). An owned return needs a hand-written
//! getter type.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, |s: &mut KitData| SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets })?;
    http::add_to_linker_borrow_host(linker, |s: &mut KitData| HttpCtxView { table: &mut s.table, ctx: &mut s.http })
}
