// Bundled by bench/run.mjs (esbuild) into www/bench/tmp/datatables.js: the current
// DataTables release from npm (`datatables.net`; its default styling, `datatables.net-dt`,
// is CSS only: the harness copies its stylesheet, and its JS module only re-exports an
// older pinned core), and jQuery attached the way a typical government page has it
// (DataTables 3 itself no longer needs jQuery).
import jQuery from 'jquery';
import DataTable from 'datatables.net';

DataTable.use(jQuery);
export default DataTable;
