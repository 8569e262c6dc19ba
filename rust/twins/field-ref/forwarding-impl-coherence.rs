// expect: compiles
//! D1's bindings generate no `impl Host for &mut _T`: `add_to_linker` calls the host through the
//! `&mut U` it is given. So the libraries' blanket `impl<T: View> Host for T` has nothing to
//! overlap, and linking the store data through it compiles.

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |data| data)?;
    http::add_to_linker(linker, |data| data)
}
