// rustc: E0119 for type `String`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! a local generic trait on a foreign type, for any argument and for a local one
#![allow(dead_code, unused_imports)]

use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}

impl<T> Convert<T> for String {}
impl Convert<MyHost> for String {}
