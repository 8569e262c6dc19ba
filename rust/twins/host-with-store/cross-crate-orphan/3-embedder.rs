// expect: compiles
//! The library's public markers `WasiSockets` and `WasiHttp` name its view structs, and the `fn`
//! getter builds them from the store data's public fields: the call #11693 made possible for
//! wasi-http p3 by making its marker public (backport #11695, wasmtime 37), because implementing
//! `WasiHttpView` for a `T` of another crate is E0117. `WasiHttp` also carries the library's
//! `http::HostWithStore` (`await-status`), as wasi-http p3's marker does
//! (v37.0.0:crates/wasi-http/src/p3/host/handler.rs:200): a marker of the embedder's own would pass
//! the orphan rule too, but would need its own HostWithStore impl, the async function written again.

use library::kit::{HttpCtxView, LinkError, Linker, SocketsCtxView};
use library::{http, sockets, WasiHttp, WasiSockets};
use store::StoreData;

pub fn link(linker: &mut Linker<StoreData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets_ctx })?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http_ctx })
}
