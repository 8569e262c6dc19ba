// expect: compiles
//! Each getter builds a view of two fields and returns it by value in the newtype, `WasiImpl(Foo {
//! .. })`, which is what PR #8766 made possible. The libraries' helpers annotate only
//! `WasiImpl<&mut U>`, so the caller writes a one-line helper per view type.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets, WasiHttpImpl, WasiImpl};

fn sockets_view<F: Fn(&mut KitData) -> WasiImpl<SocketsCtxView<'_>>>(getter: F) -> F { getter }
fn http_view<F: Fn(&mut KitData) -> WasiHttpImpl<HttpCtxView<'_>>>(getter: F) -> F { getter }

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_view(|s| WasiImpl(SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets })))?;
    http::add_to_linker_get_host(linker, http_view(|s| WasiHttpImpl(HttpCtxView { table: &mut s.table, ctx: &mut s.http })))
}
