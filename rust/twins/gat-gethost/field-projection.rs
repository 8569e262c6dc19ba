// expect: error E0277
//! `|d: &mut AppData| d.kit.sockets_view()`. A closure implements no `GetHost`, and bindgen! cannot
//! give it one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut AppData| d.kit.sockets_view())?;
    http::add_to_linker(linker, |d: &mut AppData| d.kit.http_view())
}
