// expect: compiles
//! `|d| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets }` under `WasiSockets`.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| SocketsCtxView { table: &mut d.table, ctx: &mut d.sockets })?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
