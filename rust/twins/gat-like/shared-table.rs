// expect: compiles
//! Each library's host is the borrowed view of the shared table and its own ctx (`WasiCtxView`),
//! named by the library's marker; the store data lends both views of its one table.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, WasiHttp, WasiSockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |s| s.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |s| s.http_view())
}
