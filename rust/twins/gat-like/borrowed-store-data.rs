// expect: error E0521
//! `T: 'static` (PR #10760, wasmtime 34) refuses `App<'a>`: E0521, borrowed data escapes.

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.kit.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.kit.http_view())
}
