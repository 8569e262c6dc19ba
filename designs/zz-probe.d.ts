import type { HostFor, SelfOf } from "accessor-kit";
import { libraries } from "./wasi-impl.ts";
import { libraries as gl } from "./gat-like.ts";
type A = SelfOf<typeof libraries["sockets"]>;
type B = HostFor<typeof gl, "sockets">;
declare const a: A;
declare const b: B;
export declare const x: [typeof a, typeof b];
export {};
