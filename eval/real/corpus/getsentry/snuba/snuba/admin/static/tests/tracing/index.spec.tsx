import TracingQueries from "SnubaAdmin/tracing";
import { TracingResult } from "SnubaAdmin/tracing/types";
import Client from "SnubaAdmin/api_client";
import React from "react";
import { it, expect, jest } from "@jest/globals";
import {
  render,
  fireEvent,
  screen,
  act,
  waitFor,
} from "@testing-library/react";
import selectEvent from "react-select-event";
import { ClickhouseNodeData } from "../../clickhouse_queries/types";

import default_response from "./fixture";




  global.ResizeObserver = require("resize-observer-polyfill");







































