// expect: error E0277
//! `add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)` under `bindgen!({ async: true })`: `T:
//! Send` fails for `LocalData` (E0277, `Rc<RefCell<Vec<String>>>` cannot be sent between threads
//! safely). rustc reports only that: the trait error stops it before the borrow check that refuses
//! this getter in field-projection (over `AppData`, which is `Send`, the same async twin gives that
//! lifetime error again: rustc 1.95, outside the kit's twins).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker, LocalData};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)?;
    http::add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)
}
