import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const noAnnotations: Scenario = {
  id: "no-annotations",
  intent: "call addToLinker with a closure and no type arguments, parameter annotations or helpers",
  origin: "rust-lang/rust#58052 (type_annotate in PR #8766 and #10746); E0283 without D after PR #10770 (spin#3172)",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
