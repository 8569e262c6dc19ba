// expect: compiles
//! The getter returns one field of the store data, passed through `type_annotate` as wasmtime 21
//! callers did: its plain `Fn` bound gives the closure the higher-ranked signature that `impl
//! for<'a> GetHost<&'a mut T>` cannot (rust-lang/rust#58052). `&mut KitData` is a host through the
//! views' own `&mut V` forwarding impls.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut AppData| &mut s.kit))?;
    http::add_to_linker_get_host(linker, type_annotate(|s: &mut AppData| &mut s.kit))
}
