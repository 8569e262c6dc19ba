// expect: error E0308 nocode
//! A `let` closure gets no signature from the `Fn` bound: "lifetime may not live long enough" (no
//! code) and "one type is more general than the other" (E0308), rust-lang/rust#58052.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |d: &mut KitData| d;
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
