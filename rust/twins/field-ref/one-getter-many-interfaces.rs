// expect: error E0308 nocode
//! One getter value for both interfaces, kept in a `let` so it can be passed twice. Outside a call,
//! the closure gets no signature from an `Fn` bound: its return lifetime is not tied to its
//! parameter's ("lifetime may not live long enough", no code), and it is then not general enough
//! for `impl Fn(&mut T) -> &mut U` (E0308 "one type is more general than the other")
//! (rust-lang/rust#58052).

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |s: &mut KitData| s;
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
