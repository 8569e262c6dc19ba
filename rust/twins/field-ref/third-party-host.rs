// expect: compiles
//! Another module's http host, AuditedHttp, records each authority around the kit's host over the
//! view it wraps; it owns no store type. The embedder keeps one in a field around its KitData and
//! lends two field borrows: the wrapper to http, the wrapped state to sockets, so both reach one
//! table. `impl<V: HttpView> Host for AuditedHttp<V>` does not overlap the library's `impl<V:
//! HttpView> Host for V`: AuditedHttp is no view.

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, kit, sockets};

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| &mut s.audited.view)?;
    http::add_to_linker(linker, |s| &mut s.audited)
}
