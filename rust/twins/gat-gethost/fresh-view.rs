// expect: error E0277
//! `|d: &mut KitData| SocketsCtxView { .. }`: the host borrowing from `d` is what `type Host<'a>`
//! can name, but only in a GetHost impl. A closure implements no `GetHost`, and bindgen! cannot
//! give it one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut KitData| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })?;
    http::add_to_linker(linker, |d: &mut KitData| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
