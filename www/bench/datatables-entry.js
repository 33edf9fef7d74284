// Bundled by bench/run.mjs (esbuild) into www/bench/tmp/datatables.js: the current
// DataTables release from npm with its default styling, and jQuery attached the way a
// typical government page has it (DataTables 3 itself no longer needs jQuery).
import jQuery from 'jquery';
import DataTable from 'datatables.net-dt';

DataTable.use(jQuery);
export default DataTable;
