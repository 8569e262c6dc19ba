import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const oneFnGetterManyInterfaces: Scenario = {
  id: "one-fn-getter-many-interfaces",
  intent: "pass one getter function (a `fn` item) to both interfaces' addToLinker",
  origin: "alexcrichton in #8382: one getter for all Host traits; a fn item has the signature a let closure lacks",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
