import { fetchThroughBothInterfaces, type Scenario } from "./scenario.ts";

export const oneGetterManyInterfaces: Scenario = {
  id: "one-getter-many-interfaces",
  intent: "pass one getter value to both interfaces' addToLinker",
  origin: "alexcrichton in #8382: one closure should work with all Host traits (GetHost per Host trait)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
