import React, { useEffect, useState } from "react";
import Client from "SnubaAdmin/api_client";
import { Table } from "SnubaAdmin/table";

import { CustomSelect, getParamFromStorage } from "SnubaAdmin/select";
import { executeActionsStyle } from "SnubaAdmin/snql_to_sql/styles";
import { TextArea } from "SnubaAdmin/snql_to_sql/utils";
import ExecuteButton from "SnubaAdmin/utils/execute_button";
import { getRecentHistory, setRecentHistory } from "SnubaAdmin/query_history";
import {
  SnQLRequest,
  SnQLResult,
  SnubaDatasetName,
  SnQLQueryState,
} from "./types";

























































































