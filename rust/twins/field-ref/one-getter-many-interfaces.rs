// expect: error E0308 nocode
//! `let get = |d: &mut KitData| d;` passed to both: outside a call the closure's signature is not
//! deduced from the `Fn` bound, so its returned borrow is not tied to its parameter's (no code) and
//! the closure is not general enough for the bound (E0308), rust-lang/rust#58052.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
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
