// expect: compiles
//! D2 keeps D1's `add_to_linker(get: impl Fn(&mut T) -> &mut U)` for field-ref closures (every such
//! closure is a BorrowHost), so the field projection is written as in D1 and the closure gets its
//! signature from the `Fn` bound.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| &mut s.kit)?;
    http::add_to_linker(linker, |s| &mut s.kit)
}
