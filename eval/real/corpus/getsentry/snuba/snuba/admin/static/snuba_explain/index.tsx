import React, { useEffect, useState } from "react";
import { Prism } from "@mantine/prism";

import Client from "SnubaAdmin/api_client";
import QueryEditor from "SnubaAdmin/query_editor";
import { Collapse } from "SnubaAdmin/collapse";
import {
  SnQLRequest,
  SnQLResult,
  ExplainResult,
  ExplainStep,
} from "SnubaAdmin/snuba_explain/types";
import { Step } from "SnubaAdmin/snuba_explain/step_render";
import { CustomSelect, getParamFromStorage } from "SnubaAdmin/select";
import ExecuteButton from "SnubaAdmin/utils/execute_button";
import { getRecentHistory, setRecentHistory } from "SnubaAdmin/query_history";
import {
  executeActionsStyle,
  collapsibleStyle,
} from "SnubaAdmin/snuba_explain/styles";
import { SnubaDatasetName, SnQLQueryState } from "SnubaAdmin/snql_to_sql/types";


































































































































