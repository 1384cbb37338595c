import React from "react";

import { NAV_ITEMS } from "SnubaAdmin/data";
import Client from "SnubaAdmin/api_client";

























