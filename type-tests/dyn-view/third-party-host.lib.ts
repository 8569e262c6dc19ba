// A third party's http client (a support module, not a cell): it keeps one HttpCtx of its own for
// every store it serves and makes the HttpView of any store data that has a table. It owns no store
// type; in this design its host is the library's, written once over HttpView.
import { HttpCtx, type HttpView, type ResourceTable } from "accessor-kit";

export class HttpClient {
  readonly http = new HttpCtx();

  viewOf(data: { readonly table: ResourceTable }): HttpView {
    return { table: data.table, http: this.http };
  }
}
