import React, { ReactNode } from "react";

import { Prism } from "@mantine/prism";
import { ExplainStep, QueryTransformData } from "SnubaAdmin/snuba_explain/types";
import { nonCollapsibleStyle } from "SnubaAdmin/snuba_explain/styles";

import { Collapse } from "../collapse";

































export { Step };
