// expect: error E0271
//! `add_to_linker_borrow_host` with a closure returning a view: the only `BorrowHost` impl for
//! closures wants `Fn(&mut T) -> &mut U`, so rustc expects the closure to return `&mut _` (E0271).
//! The parameter is annotated: BorrowHost is no `Fn` bound, so rustc would not infer it (E0282).

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, |d: &mut KitData| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })?;
    http::add_to_linker_borrow_host(linker, |d: &mut KitData| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
