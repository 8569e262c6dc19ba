// expect: compiles
//! The store data implements both views; each getter wraps it in that library's newtype, as
//! wasmtime-wasi's own `add_to_linker` did with `type_annotate::<T, _>(|t| WasiImpl(t))`. Both
//! hosts reach the one table.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate_http, type_annotate, WasiHttpImpl, WasiImpl};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut KitData| WasiImpl(s)))?;
    http::add_to_linker_get_host(linker, type_annotate_http(|s: &mut KitData| WasiHttpImpl(s)))
}
