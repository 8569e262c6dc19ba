// finding: worker-message-unchecked
// expect: compiles
// rust: error E0277
//
// TypeScript has no `Send`, the bound behind the send-host scenario's refusals. A JavaScript async
// call resumes on the thread that started it, so no host call moves a host to another thread;
// values cross threads only through a worker's `postMessage`, which copies them (HTML's structured
// clone) instead of moving them. TypeScript's own DOM types take that message as `any`: the store
// data holding a log shared with the embedder, and an object holding a closure over that log (which
// structured clone cannot copy; not run here), both compile. There is no TypeScript check to pin
// for send-host: the kit's TypeScript bindgen takes `async: true` and ignores it. In Rust, moving
// the same store data to a thread is E0277 (rust/twins/findings/worker-message-unchecked.rs).

import { LocalData } from "accessor-kit";

declare const worker: Worker;

const data = new LocalData();
worker.postMessage(data);
worker.postMessage({ log: data.log, flush: () => data.log.splice(0) });
