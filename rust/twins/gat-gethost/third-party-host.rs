// expect: error E0277
//! `|d: &mut App| &mut d.audited`. A closure implements no `GetHost`, and bindgen! cannot give it
//! one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut App| d.audited.view.sockets_view())?;
    http::add_to_linker(linker, |d: &mut App| &mut d.audited)
}
