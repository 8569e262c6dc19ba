// expect: error nocode
//! The getter passed straight to `add_to_linker_get_host`, with no annotation: the bound is
//! `for<'a> GetHost<&'a mut T>`, not an `Fn` bound, so rustc does not give the closure a
//! higher-ranked signature: "implementation of `FnOnce` is not general enough", with no code
//! (rust-lang/rust#58052).

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |s| s)?;
    http::add_to_linker_get_host(linker, |s| s)
}
