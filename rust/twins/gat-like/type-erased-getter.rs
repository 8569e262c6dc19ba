// expect: compiles
//! Both getters kept in one record as plain `fn` pointers from the store data to their markers'
//! views, and linked later with the markers named. A `fn` pointer is a concrete type: the type
//! erasure PR #10770 wanted and GetHost could not give (E0191, E0038).

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
use design::{http, sockets, WasiHttp, WasiSockets};

pub struct Getters {
    pub sockets: fn(&mut KitData) -> SocketsCtxView<'_>,
    pub http: fn(&mut KitData) -> HttpCtxView<'_>,
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, getters.sockets)?;
    http::add_to_linker::<_, WasiHttp>(linker, getters.http)
}
