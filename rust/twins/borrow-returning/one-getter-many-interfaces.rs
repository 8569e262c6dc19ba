// expect: error E0308 nocode
//! One getter value kept in a `let` and passed to both interfaces. As in D1, a closure outside a
//! call gets no signature from an `Fn` bound: its return lifetime is not tied to its parameter's
//! (no code), and it is then not general enough for `Fn(&mut T) -> &mut U` (E0308;
//! rust-lang/rust#58052).

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |data: &mut KitData| data;
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
