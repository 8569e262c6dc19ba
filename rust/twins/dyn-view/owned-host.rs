// expect: compiles
//! `|d: &mut App| d.shared.clone()`: an owned Host through `add_to_linker_get_host`.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |d: &mut App| d.shared.clone())?;
    http::add_to_linker_get_host(linker, |d: &mut App| d.shared.clone())
}
