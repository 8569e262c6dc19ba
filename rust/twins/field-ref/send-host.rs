// expect: error E0277
//! `|d| &mut d.kit` under `bindgen!({ async: true })`: `T: Send`
//! (v20.0.0:crates/wit-bindgen/src/lib.rs:1697) fails for `LocalData`, whose log is an `Rc` (E0277,
//! `Rc<RefCell<Vec<String>>>` cannot be sent between threads safely), at each `add_to_linker`.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut d.kit)?;
    http::add_to_linker(linker, |d| &mut d.kit)
}
