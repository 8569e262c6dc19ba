// expect: error E0308
//! The getter captures which tenant's state to use. It must be a `fn` pointer, and only a closure
//! that captures nothing coerces to one (E0308, PR #10770's stated cost).

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets, WasiHttp, WasiSockets};

pub fn link(linker: &mut Linker<AppData>, tenant: usize) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, move |s| s.tenants[tenant].sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, move |s| s.tenants[tenant].http_view())
}
