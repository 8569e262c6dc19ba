// expect: error E0277
//! Both getters kept in one record and linked later, erased the usual Rust way to boxed trait
//! objects returning `&mut dyn Host`. D1's bound wants the getter `Copy` and `U` sized, so passing
//! either is E0277 (a `fn` pointer to a concrete host would be `Copy`, but erases only the
//! closure).

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets};

pub struct Getters {
    pub sockets: Box<dyn (Fn(&mut AppData) -> &mut dyn sockets::Host) + Send + Sync>,
    pub http: Box<dyn (Fn(&mut AppData) -> &mut dyn http::Host) + Send + Sync>,
}

pub fn link(linker: &mut Linker<AppData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, getters.sockets)?;
    http::add_to_linker(linker, getters.http)
}
