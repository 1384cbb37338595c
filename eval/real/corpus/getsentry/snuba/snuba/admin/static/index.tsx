import React, { useState } from "react";
import ReactDOM from "react-dom/client";

import * as Sentry from "@sentry/react";
import Header from "SnubaAdmin/header";
import Nav from "SnubaAdmin/nav";
import Body from "SnubaAdmin/body";
import { NAV_ITEMS } from "SnubaAdmin/data";
import Client from "SnubaAdmin/api_client";
import { MantineProvider } from "@mantine/core";
import { ShellStateProvider } from "SnubaAdmin/sql_shell/shell_context";

import 'bootstrap/dist/css/bootstrap.min.css';




























































































