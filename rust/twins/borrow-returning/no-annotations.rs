// expect: error nocode
//! No type arguments and no annotations, through the proposal's own entry point, the host being the
//! store data: `add_to_linker_borrow_host(linker, |s| s)`. Its bound is `impl BorrowHost<T, U>`, a
//! trait rather than an `Fn` bound, so the closure gets no higher-ranked signature
//! (rust-lang/rust#58052): "implementation of `Fn` is not general enough", with no code.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, |s| s)?;
    http::add_to_linker_borrow_host(linker, |s| s)
}
