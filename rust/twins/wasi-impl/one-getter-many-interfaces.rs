// expect: error E0277
//! One annotated getter value for both interfaces. Each library implements its host for its own
//! newtype, so the getter's `WasiImpl<&mut KitData>` is a sockets host but not an http host
//! (E0277): the one-getter case needs one wrapper per library.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate, WasiImpl};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = type_annotate(|s: &mut KitData| WasiImpl(s));
    sockets::add_to_linker_get_host(linker, get)?;
    http::add_to_linker_get_host(linker, get)
}
