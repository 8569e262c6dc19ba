// expect: compiles
//! The getter wraps one field of the store data in each library's newtype, through the libraries'
//! `type_annotate` helpers (their plain `Fn` bound gives the closure its higher-ranked signature).
//! `WasiImpl<&mut KitData>` is a host because `&mut KitData` is a view.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets, type_annotate_http, type_annotate, WasiHttpImpl, WasiImpl};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut AppData| WasiImpl(&mut s.kit)))?;
    http::add_to_linker_get_host(linker, type_annotate_http(|s: &mut AppData| WasiHttpImpl(&mut s.kit)))
}
