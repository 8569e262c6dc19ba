// expect: error nocode
//! B = `&'b mut KitData` cannot be one type for every borrow (no code); T itself is fine.

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, |d| &mut *d.kit)?;
    http::add_to_linker::<_, KitData, _>(linker, |d| &mut *d.kit)
}
