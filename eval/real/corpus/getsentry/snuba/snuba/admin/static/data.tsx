import AutoReplacementsBypassProjects from "SnubaAdmin/auto_replacements_bypass_projects";
import ClickhouseMigrations from "SnubaAdmin/clickhouse_migrations";
import ClickhouseQueries from "SnubaAdmin/clickhouse_queries";
import Clusters from "SnubaAdmin/clusters";
import CopyTables from "SnubaAdmin/copy_tables";
import TracingQueries from "SnubaAdmin/tracing";
import SQLShellPage, { SystemShellPage } from "SnubaAdmin/sql_shell";
import SnQLToSQL from "SnubaAdmin/snql_to_sql";
import QuerylogQueries from "SnubaAdmin/querylog";
import CardinalityAnalyzer from "SnubaAdmin/cardinality_analyzer";
import OutcomesAnalyzer from "SnubaAdmin/outcomes_analyzer";
import ProductionQueries from "SnubaAdmin/production_queries";
import SnubaExplain from "SnubaAdmin/snuba_explain";
import Welcome from "SnubaAdmin/welcome";
import ViewCustomJobs from "SnubaAdmin/manual_jobs";
import RpcEndpoints from "SnubaAdmin/rpc_endpoints";
import EapStats from "SnubaAdmin/eap_stats";


























































































export { NAV_ITEMS };
