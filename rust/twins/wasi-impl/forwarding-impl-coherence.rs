// expect: compiles
//! Both impl kinds in one program: a sockets host kept in a field, the library's wrapper around the
//! store's state, lent as `&mut WasiImpl<KitData>` (a host through the bindings' forwarding impl),
//! and the http library's blanket host on its own wrapper, `impl<T: HttpView> Host for
//! WasiHttpImpl<T>`. A local newtype is never `&mut _`, so nothing overlaps: the point of PR #8766,
//! which let wasmtime-wasi keep the generated forwarding impls.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate_http, WasiHttpImpl, WasiImpl};
use design::bindings::type_annotate as annotate_field;

pub struct HostingData {
    pub sockets_host: WasiImpl<KitData>,
}

pub fn link(linker: &mut Linker<HostingData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, annotate_field(|d: &mut HostingData| &mut d.sockets_host))?;
    http::add_to_linker_get_host(linker, type_annotate_http(|d: &mut HostingData| WasiHttpImpl(&mut d.sockets_host.0)))
}
