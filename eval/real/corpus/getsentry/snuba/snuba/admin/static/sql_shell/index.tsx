import React, { useEffect } from "react";
import Client from "SnubaAdmin/api_client";
import SQLShell from "SnubaAdmin/sql_shell/shell";






































export { SystemShellPage };
