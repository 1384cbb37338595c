import React, { useState, useEffect } from "react";
import { AutoReplacementsBypassProjectsData } from "SnubaAdmin/auto_replacements_bypass_projects/types";

import Client from "SnubaAdmin/api_client";
import { Table } from "../table";

































