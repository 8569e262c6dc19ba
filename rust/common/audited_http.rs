//! A third party's http host, for the third-party-host twins: it records every authority a request
//! is sent to, around the shared behaviour over the view it wraps. It owns no store type; an
//! embedder keeps one in a field of its store data. Include it beside `kit`.

use super::kit::{self, http, ErrorCode, FutureIncomingResponse, HttpView, Resource, ResolveAddressStream};

pub struct AuditedHttp<V> {
    pub view: V,
    pub authorities: Vec<String>,
}

impl<V: HttpView> http::Host for AuditedHttp<V> {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        self.authorities.push(authority.clone());
        kit::http::handle(&mut self.view, authority, via)
    }
}

impl<V: HttpView> http::HostFutureIncomingResponse for AuditedHttp<V> {
    fn drop(&mut self, response: Resource<FutureIncomingResponse>) -> Result<(), ErrorCode> {
        kit::http::drop_response(&mut self.view, response)
    }
}
