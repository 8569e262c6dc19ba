// expect: compiles
//! The getter returns one field of the store data, `&mut s.kit`: exactly D1's `Fn(&mut T) -> &mut
//! U`, and the closure gets its signature from that `Fn` bound, so nothing is annotated. KitData is
//! the host of both interfaces through the libraries' `impl<T: View> Host for T`.

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| &mut s.kit)?;
    http::add_to_linker(linker, |s| &mut s.kit)
}
