// expect: error E0277
//! A boxed closure is not `Copy`: D1's getter bound refuses it (E0277).

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: Box<dyn (Fn(&mut KitData) -> &mut KitData) + Send + Sync>,
    pub http: Box<dyn (Fn(&mut KitData) -> &mut KitData) + Send + Sync>,
}

pub fn getters() -> Getters {
    Getters { sockets: Box::new(|d| d), http: Box::new(|d| d) }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, getters.sockets)?;
    http::add_to_linker(linker, getters.http)
}
