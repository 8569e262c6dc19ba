// expect: error E0277
//! `|d: &mut App| d.shared.clone()`. A closure implements no `GetHost`, and bindgen! cannot give it
//! one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut App| d.shared.clone())?;
    http::add_to_linker(linker, |d: &mut App| d.shared.clone())
}
