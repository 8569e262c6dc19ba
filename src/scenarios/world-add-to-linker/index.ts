import { streamCrossesInterfaces, type Scenario } from "../scenario.ts";

export const worldAddToLinker: Scenario = {
  id: "world-add-to-linker",
  intent: "link the whole world with one getter through the world's addToLinker: the store data itself as every interface's host",
  origin: "bindgen!'s world-level add_to_linker: D1's getter `U: a::Host + b::Host` from wasmtime 20 through 33 (no world-level GetHost), `for<'a> D::Data<'a>: a::Host + b::Host` from 34",
  check: (linked) => streamCrossesInterfaces(linked),
};
