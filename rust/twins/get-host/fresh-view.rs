// expect: compiles
//! Each getter builds a borrowed view of two fields on every call, which GetHost allows because its
//! `Host` may borrow from the `&'a mut T` it is given (PR #8448). The closure still needs an
//! annotation, here a one-line helper per view type, as wasmtime's docs advised.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets};

fn sockets_view<F: Fn(&mut KitData) -> SocketsCtxView<'_>>(getter: F) -> F { getter }
fn http_view<F: Fn(&mut KitData) -> HttpCtxView<'_>>(getter: F) -> F { getter }

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_view(|s| SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets }))?;
    http::add_to_linker_get_host(linker, http_view(|s| HttpCtxView { table: &mut s.table, ctx: &mut s.http }))
}
