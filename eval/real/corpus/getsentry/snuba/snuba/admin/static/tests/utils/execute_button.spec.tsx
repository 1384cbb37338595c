import Nav from "SnubaAdmin/nav";
import Client from "SnubaAdmin/api_client";
import React from "react";
import { it, expect, jest, afterEach } from "@jest/globals";
import {
  render,
  act,
  waitFor,
  screen,
  fireEvent,
} from "@testing-library/react";
import { AllowedTools } from "SnubaAdmin/types";
import ExecuteButton from "SnubaAdmin/utils/execute_button";






































