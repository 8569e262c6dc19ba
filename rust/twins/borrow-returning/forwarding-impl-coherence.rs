// expect: compiles
//! The proposal's bindings reach the host through `borrow_mut()`, which yields `&mut U`, so they
//! need no `impl Host for &mut _T`: the libraries' blanket `impl<T: View> Host for T` has nothing
//! to overlap.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |data| data)?;
    http::add_to_linker(linker, |data| data)
}
