// expect: error E0277
//! `add_to_linker::<_, WasiSockets>(linker, |d| d.kit.sockets_view())` under `bindgen!({ async:
//! true })`: `T: 'static + Send` fails for `LocalData` (E0277, `Rc<RefCell<Vec<String>>>` cannot be
//! sent between threads safely).

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
use design::{WasiHttp, WasiSockets};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.kit.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.kit.http_view())
}
