// AppData: an embedder's store data whose hosts' state is a field of it, one `kit`, or one of
// several `tenants` picked by name (Rust: `kit::AppData`).

import { KitData } from "../interfaces/view.ts";

export class AppData {
  readonly kit = new KitData();
  readonly tenants: Readonly<Record<string, KitData>> = { acme: new KitData(), globex: new KitData() };
}
