// expect: error nocode
//! The getter passed straight to `add_to_linker_get_host` with no annotation: the GetHost bound,
//! unlike an `Fn` bound, gives the closure no higher-ranked signature, so it is not general enough
//! for `for<'a> GetHost<&'a mut T>` (no code; rust-lang/rust#58052).

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, WasiHttpImpl, WasiImpl};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |s| WasiImpl(s))?;
    http::add_to_linker_get_host(linker, |s| WasiHttpImpl(s))
}
