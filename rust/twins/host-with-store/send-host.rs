// expect: error nocode
//! `bindgen!({ async: true })`: bindgen! at wasmtime 36 has no `async` option (PR #11328 replaced it
//! with `imports: { default: async }`; v36.0.0:crates/component-macro/src/bindgen.rs parses no
//! top-level `async`), so the macro refuses the attempt, with no error code. Without the option,
//! `await-status` is concurrent anyway and http's `add_to_linker` asks `T: 'static + Send`: LocalData,
//! with its `Rc<RefCell<Vec<String>>>`, is refused there (E0277, compiled with `bindgen!({})`).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
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
