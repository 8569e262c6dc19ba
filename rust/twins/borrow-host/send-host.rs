// expect: error E0277
//! `|d| &mut d.kit` under `bindgen!({ async: true })`: the kept `add_to_linker` asks `T: Send`, and
//! `LocalData` holds an `Rc` (E0277, `Rc<RefCell<Vec<String>>>` cannot be sent between threads
//! safely).

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut d.kit)?;
    http::add_to_linker(linker, |d| &mut d.kit)
}
