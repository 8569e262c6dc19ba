// expect: compiles
//! The getter captures which tenant's state to use and wraps it in the library's newtype; a `move`
//! closure capturing a `usize` is `Copy + Send + Sync + 'static`.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets, type_annotate_http, type_annotate, WasiHttpImpl, WasiImpl};

pub fn link(linker: &mut Linker<AppData>, tenant: usize) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(move |s: &mut AppData| WasiImpl(&mut s.tenants[tenant])))?;
    http::add_to_linker_get_host(linker, type_annotate_http(move |s: &mut AppData| WasiHttpImpl(&mut s.tenants[tenant])))
}
