// expect: compiles
//! One host of both resources: bindgen!'s two resource traits each have a `drop`, and one type
//! implements both; a call names the trait, so the two never meet.

#[macro_use]
#[path = "../../common/kit.rs"]
mod kit;
use kit::http::HostFutureIncomingResponse;
use kit::sockets::HostResolveAddressStream;
use kit::{ErrorCode, FutureIncomingResponse, Resource, ResolveAddressStream};

#[derive(Default)]
pub struct KitHost {
    pub streams: Vec<u32>,
    pub responses: Vec<u32>,
}

impl HostResolveAddressStream for KitHost {
    fn drop(&mut self, stream: Resource<ResolveAddressStream>) -> Result<(), ErrorCode> {
        self.streams.push(stream.rep());
        Ok(())
    }
}

impl HostFutureIncomingResponse for KitHost {
    fn drop(&mut self, response: Resource<FutureIncomingResponse>) -> Result<(), ErrorCode> {
        self.responses.push(response.rep());
        Ok(())
    }
}

pub fn drop_both(host: &mut KitHost) -> Result<(), ErrorCode> {
    HostResolveAddressStream::drop(host, Resource::new_own(1))?;
    HostFutureIncomingResponse::drop(host, Resource::new_own(2))
}
