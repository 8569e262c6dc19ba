// expect: error E0308
//! `|d| d.shared.clone()` returns a `SharedKit` where `&mut U` is expected (E0308).

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d.shared.clone())?;
    http::add_to_linker(linker, |d| d.shared.clone())
}
