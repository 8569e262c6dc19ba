// expect: compiles
//! `|d| &mut d.kit`: a borrow of a field, a host through the libraries' blanket impl.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut d.kit)?;
    http::add_to_linker(linker, |d| &mut d.kit)
}
