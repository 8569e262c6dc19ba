// expect: compiles
//! D1's `add_to_linker`, kept by the proposal, with `|d| &mut d.kit`: a field-ref closure.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut d.kit)?;
    http::add_to_linker(linker, |d| &mut d.kit)
}
