// expect: compiles
//! No type arguments and no parameter annotations: `T` comes from the linker and the closure's
//! higher-ranked signature from the `Fn(&mut T) -> &mut U` bound.

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| &mut s.kit)?;
    http::add_to_linker(linker, |s| &mut s.kit)
}
