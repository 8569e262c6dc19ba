// expect: compiles
//! `Linker<App<'a>>` with `|d| &mut *d.kit`: wasmtime 20 put no bound on T.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut *d.kit)?;
    http::add_to_linker(linker, |d| &mut *d.kit)
}
